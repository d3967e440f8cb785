import type { Translation } from '../en';
import type { enErrors } from '../en/errors';

/** 各错误代码的消息：服务器的代码（ERROR_CODES）和客户端自身的代码。 */
export const zhErrors = {
  // 错误，按代码排列（服务器代码和客户端代码）
  'error.invalid_payload': '表单中有内容无效。请检查后重试。',
  'error.unauthorized': '此链接无效：可能已被新链接取代。请向组织者索取当前链接。',
  'error.forbidden': '您无权执行此操作。',
  'error.session_not_found': '此会议不存在。请检查代码或链接。',
  'error.panelist_not_found': '此姓名已不在小组名单中。',
  'error.panelist_taken': '本手机已以另一位小组成员的身份登录。请先请主持人释放该席位。',
  'error.not_claimed': '请先选择您的姓名。',
  'error.invite_invalid': '此邀请链接已被取代。请向主持人索取新链接，或申请加入。',
  'error.audience_closed': '本环节仅限小组成员作出承诺。',
  'error.pledge_changed': '此承诺在此期间已被修改。请查看新文本后重试。',
  'error.round_not_open': '环节尚未开启。',
  'error.already_pledged': '您已在本环节提交过一项承诺。',
  'error.pledge_not_found': '找不到此承诺。',
  'error.not_your_pledge': '此承诺属于他人。',
  'error.unknown_theme': '请从本活动的主题列表中选择主题。',
  'error.visibility_locked': '承诺是否公开须在提交时选定。',
  'error.event_not_found': '此活动不存在。',
  'error.pledge_id_taken': '此承诺标识已被使用。请重新开始一项承诺。',
  'error.rate_limited': '尝试次数过多。请稍候再试。',
  'error.conflict': '有人同时修改了此内容。请重试。',
  'error.store_unavailable': '服务器暂时无法访问其存储。没有丢失任何内容；服务器将很快重试。',
  'error.unknown_command': '此页面已过时。请重新加载后重试。',
  'error.internal': '服务器出错。请重试。',
  'error.timeout': '服务器未及时响应。',
  'error.network': '未连接到服务器。请检查网络后重试。',
  'error.unknown': '出现错误。请重试。',
} as const satisfies Translation<typeof enErrors>;
