import { z } from 'zod';

/** The internal CRM's opportunity update, as sent and answered. Names are the CRM's. */

export const UPDATE_PATH = '/api/opportunities/integration/update';
export const SECRET_HEADER = 'x-internal-secret';

export const STATUSES = ['active', 'closed', 'won', 'lost'] as const;
export const CONFIDENCES = ['A', 'B', 'C'] as const;

/** A partial update: only the fields present change. */
export interface WireOpportunityUpdate {
  opportunityCode: string;
  opportunityName?: string;
  projectLocation?: string;
  operatorName?: string;
  amount?: number;
  /** YYYY-MM-DD */
  expectedCloseDate?: string;
  confidencePct?: (typeof CONFIDENCES)[number];
  stage?: string;
  opportunityType?: string;
  productType?: string;
  source?: string;
  salesExpansionId?: number;
  channelExpansionId?: number;
  preSalesId?: number;
  preSalesName?: string;
  competitorName?: string;
  archived?: boolean;
  pushedToOms?: boolean;
  /** ISO 8601 */
  omsPushTime?: string;
  status?: (typeof STATUSES)[number];
  description?: string;
}

/** `code` is a string: "0" success (data = the opportunity's id), "-1" refused (msg = the reason). */
export const answer = z.object({
  code: z.string(),
  msg: z.string().nullish(),
  data: z.unknown(),
});

/** The reasons the CRM's page documents, word for word. */
export const MESSAGES = {
  authFailed: '内部接口鉴权失败',
  notFound: '商机不存在',
  emptyCode: 'opportunityCode 不能为空',
  nothingToUpdate: '至少传入一个需要更新的字段',
  invalidStagePrefix: '项目阶段无效: ',
  invalidConfidence: '项目把握度仅支持A、B、C',
} as const;
