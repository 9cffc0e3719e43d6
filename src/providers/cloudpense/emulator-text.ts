import type { WireLocale } from './wire.js';

type Text = Record<WireLocale, (...args: string[]) => string>;

/** The emulated CloudPense's sentences and messages, in its four locales. */
export const TEXT = {
  created: {
    zh_CN: (n) => `此次请求新建成功了${n}条数据`,
    en_US: (n) => `${n} records were created by this request`,
    ja_JP: (n) => `このリクエストで${n}件のデータが新規作成されました`,
    zh_TW: (n) => `此次請求新建成功了${n}條數據`,
  },
  updated: {
    zh_CN: (n) => `此次请求更新成功了${n}条数据`,
    en_US: (n) => `${n} records were updated by this request`,
    ja_JP: (n) => `このリクエストで${n}件のデータが更新されました`,
    zh_TW: (n) => `此次請求更新成功了${n}條數據`,
  },
  required: {
    zh_CN: (field) => `${field} 不能为空`,
    en_US: (field) => `${field} is required`,
    ja_JP: (field) => `${field} は必須です`,
    zh_TW: (field) => `${field} 不能為空`,
  },
  tooLong: {
    zh_CN: (field, max) => `${field} 长度不能超过 ${max} 字节`,
    en_US: (field, max) => `${field} must be at most ${max} bytes`,
    ja_JP: (field, max) => `${field} は ${max} バイト以内にしてください`,
    zh_TW: (field, max) => `${field} 長度不能超過 ${max} 位元組`,
  },
  invalid: {
    zh_CN: (field) => `${field} 格式不正确`,
    en_US: (field) => `${field} is not valid`,
    ja_JP: (field) => `${field} の形式が正しくありません`,
    zh_TW: (field) => `${field} 格式不正確`,
  },
  unknownAccount: {
    zh_CN: (code) => `会计科目 ${code} 不存在`,
    en_US: (code) => `Account ${code} does not exist`,
    ja_JP: (code) => `勘定科目 ${code} は存在しません`,
    zh_TW: (code) => `會計科目 ${code} 不存在`,
  },
  unknownEvent: {
    zh_CN: (code) => `会计事件 ${code} 未配置`,
    en_US: (code) => `Accounting event ${code} is not configured`,
    ja_JP: (code) => `会計イベント ${code} は未設定です`,
    zh_TW: (code) => `會計事件 ${code} 未配置`,
  },
  rateLimited: {
    zh_CN: () => '调用次数超过限制(每小时50次, 每天150次)',
    en_US: () => 'Call limit exceeded (50 per hour, 150 per day)',
    ja_JP: () => '呼び出し回数の上限を超えました(1時間50回、1日150回)',
    zh_TW: () => '調用次數超過限制(每小時50次, 每天150次)',
  },
  tokenInvalid: {
    zh_CN: () => 'access_token 无效或已过期',
    en_US: () => 'access_token is invalid or expired',
    ja_JP: () => 'access_token が無効か期限切れです',
    zh_TW: () => 'access_token 無效或已過期',
  },
  repeatedBizId: {
    zh_CN: (bizId) => `bizId ${bizId} 已存在`,
    en_US: (bizId) => `bizId ${bizId} already exists`,
    ja_JP: (bizId) => `bizId ${bizId} は既に存在します`,
    zh_TW: (bizId) => `bizId ${bizId} 已存在`,
  },
} satisfies Record<string, Text>;
