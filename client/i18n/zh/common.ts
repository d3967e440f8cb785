import type { Translation } from '../en';
import type { enCommon } from '../en/common';

/** 各页面共用的文字：应用、连接、首页、承诺、各类群体、环节状态、通用控件。 */
export const zhCommon = {
  'app.name': 'Pledge Round',
  'app.loading': '正在加载…',
  'app.notFound.title': '未找到页面',
  'app.notFound.body': '此地址在 Pledge Round 中不存在。',
  'app.backHome': '前往首页',
  'app.chunkError': '无法加载此页面。请检查网络连接并重新加载。',
  'app.reload': '重新加载',

  // 语言选择（每种语言以其自身名称列出）
  'lang.label': '语言',

  // 连接
  'conn.connecting': '正在连接…',
  'conn.online': '已连接',
  'conn.offline': '连接中断——正在重新连接…',
  'conn.offlinePhone': '连接中断——您输入的文字已保存在本手机上。正在重新连接…',
  'conn.refused': '无法连接',
  'round.defaultPrompt': '在结束之前：在下届互联网治理论坛之前，您将作出哪一项具体承诺？',

  // 倒计时
  'countdown.timesUp': '时间到',
  'countdown.aria': '剩余时间：{time}',

  // 承诺
  'pledge.onBehalfOf': '代表{organization}',
  'pledge.personal': '以个人身份',
  'pledge.personalMark': '（以个人身份）',
  'pledge.anonymous': '匿名',
  'pledge.audience.onsite': '观众 · 现场',
  'pledge.audience.online': '观众 · 线上',
  'pledge.edited': '已修改',
  'pledge.themes': '主题',
  'theme.data': '数据',
  'theme.environment': '环境',
  'theme.inclusion': '包容',
  'theme.trust': '信任',
  'pledge.sdgTargets': '可持续发展目标具体目标',
  'pledge.sdgTarget': '可持续发展目标 {code}',
  'pledge.timeframe.next-igf': '至下届互联网治理论坛',
  'pledge.timeframe.date': '{date}之前',
  'pledge.recordOnly': '仅供存档',

  // the pledge’s record, as the phone’s preview and the record pages show it
  'record.deliverables': '交付成果',
  'record.due': '截止日期：{date}',
  'record.timeframe.next-igf': '至下届互联网治理论坛',
  'record.timeframe.date': '{date}之前',
  'record.field.capacity': '身份',
  'record.field.regionalGroup': '区域集团',
  'record.field.timeframe': '时限',
  'record.field.partners': '合作伙伴',
  'record.pledge.onBehalfOf': '代表{organization}',
  'record.pledge.personal': '以个人身份',

  // 区域集团
  'region.African Group': '非洲国家集团',
  'region.Asia-Pacific Group': '亚洲－太平洋国家集团',
  'region.Eastern European Group': '东欧国家集团',
  'region.GRULAC': '拉丁美洲和加勒比国家集团（拉加集团）',
  'region.WEOG': '西欧和其他国家集团（西欧集团）',
  'region.Intergovernmental': '政府间',

  // 环节状态
  'round.draft': '环节尚未开启',
  'round.open': '环节已开启',
  'round.closed': '环节已结束',

  // 通用控件
  'copy.copy': '复制',
  'copy.copied': '已复制',
  'copy.label': '复制{label}',

  // 利益攸关方群体
  'group.Government': '政府',
  'group.Private Sector': '私营部门',
  'group.Technical Community': '技术界',
  'group.Intergovernmental Organization': '政府间组织',
  'group.Civil Society': '民间社会',
  'group.Academia': '学术界',
  'group.Individual': '个人',
} as const satisfies Translation<typeof enCommon>;
