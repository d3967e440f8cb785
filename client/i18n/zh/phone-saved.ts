import type { Translation } from '../en';
import type { enPhoneSaved } from '../en/phone-saved';

/** 手机：已保存的承诺、审核状态及其跟进链接。表单显示后加载。 */
export const zhPhoneSaved = {
  'phone.confirm.body': '承诺现已显示在展示墙上。在主持人结束环节之前，您可以修改。',
  'phone.confirm.bodyRecord': '此承诺仅组织者可见，不会出现在展示墙上。在主持人结束环节之前，您可以修改。',
  'phone.confirm.edit': '修改',
  'phone.timer.stillEditable': '时间到 · 环节开启期间您仍可修改承诺',
  'phone.followUp.title': '跟进您的承诺',
  'phone.followUp.body':
    '在这一年中，请使用此私人链接报告承诺的进展。请勿与他人分享：任何持有此链接的人都可以就您的承诺提交报告。',
  'phone.followUp.linkLabel': '您的私人跟进链接',
  'phone.followUp.open': '打开',
  'phone.followUp.openLabel': '打开您的跟进页面',
  'phone.followUp.qrAlt': '您的私人跟进链接的二维码',
  'phone.followUp.qrHint': '请用另一台设备扫描，或将链接复制到安全之处。',
  'phone.followUp.qrLoading': '正在生成二维码…',
  'phone.followUp.missing': '本手机上没有您这项承诺的跟进链接。',
  'phone.followUp.get': '获取我的跟进链接',
  'phone.followUp.getting': '正在获取链接…',
  'phone.followUp.replaces': '您将获得一个新链接；此承诺以前的所有链接都将失效。',
  'phone.followUp.renewed': '这是您的新跟进链接。以前的所有链接均已失效。',
  'phone.status.pending.title': '等待主持人审核',
  'phone.status.pending.body': '您的承诺已保存。主持人审核后才会显示在展示墙上；在环节结束之前，您仍可修改。',
  'phone.status.rejected.title': '主持人退回了您的承诺',
  'phone.status.rejected.body': '请修改后重新发送：承诺将再次交由主持人审核。',
  'phone.status.rejected.edit': '修改并重新发送',
  'phone.status.hidden.title': '已从展示墙撤下',
  'phone.status.hidden.body': '主持人已将您的承诺从展示墙撤下。如您修改承诺，将再次交由主持人审核。',
  'phone.status.pending.bodyRecord': '您的承诺已保存。主持人审核后才会载入本次活动的记录（它不会出现在展示墙上）；在环节结束之前，您仍可修改。',
  'phone.status.rejected.bodyRecord': '此承诺不在本次活动的记录中。请修改后重新发送：承诺将再次交由主持人审核。',
  'phone.status.hidden.titleRecord': '已移出记录',
  'phone.status.hidden.bodyRecord': '主持人已将您的承诺移出本次活动的记录，因此不会对其进行跟进。如您修改承诺，将再次交由主持人审核。',
  'phone.status.note.pendingRecord': '等待主持人审核：批准后将载入记录。',
  'phone.status.note.rejectedRecord': '主持人已将其退回，因此它不在记录中。',
  'phone.status.note.hiddenRecord': '主持人已将其移出记录。',
} as const satisfies Translation<typeof enPhoneSaved>;
