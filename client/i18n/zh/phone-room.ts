import type { Translation } from '../en';
import type { enPhoneRoom } from '../en/phone-room';

/** 手机：邀请、准许加入、观众、审核状态。 */
export const zhPhoneRoom = {
  // 加入的两种方式
  'phone.join.title': '您以何种身份参与？',
  'phone.join.audience': '我是观众',
  'phone.join.audienceHint': '在会场或线上实时关注各项承诺，环节向观众开放时也可作出您自己的承诺。',
  'phone.join.panel': '我是小组成员',
  'phone.join.panelHint': '选择您的姓名，由主持人准许您加入。',
  'phone.join.back': '返回',

  // 以观众身份加入
  'phone.audience.joinTitle': '以观众身份加入',
  'phone.audience.presenceLegend': '您在哪里参加本会议？',
  'phone.audience.presence.onsite': '在会场',
  'phone.audience.presence.online': '线上',
  'phone.audience.presenceMissing': '请选择您是在会场还是在线上。',
  'phone.audience.nameLabel': '您的姓名（可选）',
  'phone.audience.organizationLabel': '您的组织（可选）',
  'phone.audience.anonymousHint': '留空即可在展示墙上保持匿名。',
  'phone.audience.join': '以观众身份加入',
  'phone.audience.joining': '正在加入…',

  // 观众的手机
  'phone.audience.youAre': '观众 · {presence} · {name}',
  'phone.audience.youAreAnonymous': '观众 · {presence} · 匿名',
  'phone.audience.waitingBody': '主持人即将开启承诺环节。请保持此页面打开：问题和各项承诺会自动显示在这里。',
  'phone.audience.panelOnlyTitle': '本环节仅限小组成员作出承诺',
  'phone.audience.panelOnlyBody': '小组成员的承诺一上展示墙，即会显示在下方。',
  'phone.audience.panelOnlyDraft': '您的文字保存在本手机上，以备主持人向观众开放环节。',
  'phone.audience.closedNone': '感谢您关注本环节。',
  'phone.audience.listTitle': '展示墙上',
  'phone.audience.listEmpty.draft': '承诺一上展示墙，即会显示在这里。',
  'phone.audience.listEmpty.open': '展示墙上还没有承诺。',
  'phone.audience.listEmpty.closed': '本环节没有承诺上展示墙。',
  'phone.audience.yours': '您的',
  'phone.audience.panelist': '小组成员',
  'phone.audience.roundState.draft': '环节尚未开启',
  'phone.audience.roundState.open': '环节已开启',

  // 请主持人准许入席
  'phone.seat.confirmTitle': '以{name}的身份加入？',
  'phone.seat.confirmBody': '主持人将核实您的身份并准许您加入。在此之前，不会以您的名义发布任何内容。',
  'phone.seat.ask': '请主持人准许我加入',
  'phone.seat.asking': '正在申请…',
  'phone.seat.notMe': '选择其他姓名',
  'phone.seat.waitingTitle': '正在等待主持人准许您以{name}的身份加入',
  'phone.seat.waitingBody': '请保持此页面打开：主持人一旦同意，您即可加入。',
  'phone.seat.waitingTaken': '另一台设备已以此姓名登录。如主持人准许您加入，该设备将被登出。',
  'phone.seat.refusedTitle': '主持人未准许您以{name}的身份加入',
  'phone.seat.refusedBody': '如果这是您的姓名，请再次申请或与主持人沟通。您也可以以观众身份关注本环节。',
  'phone.seat.askAgain': '再次申请',
  'phone.seat.audienceInstead': '改为以观众身份加入',
  'phone.seat.taking': '正在以{name}的身份入席…',
  'phone.seat.takingSomeone': '正在入席…',
  'phone.seat.retry': '重试',

  // 已被取代的个人邀请链接
  'phone.invite.replacedTitle': '此邀请链接已被取代',
  'phone.invite.replacedBody': '主持人已为{name}生成新链接。请主持人准许您加入，或向其索取新链接。',
  'phone.invite.otherWays': '其他加入方式',

  // 主持人对承诺的处理
  'phone.preview.moderated': '承诺在显示到展示墙上之前将由主持人审核。',
  'phone.status.rejected.reason': '主持人给出的理由',
} as const satisfies Translation<typeof enPhoneRoom>;
