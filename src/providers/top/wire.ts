import { z } from 'zod';

/** The Alibaba TOP gateway's wire format for 瓴羊 touch tasks. Names are the provider's (snake_case). */

export const METHOD = 'alibaba.lingyang.utouch.submit.initiative.batch.task';
export const RESPONSE_KEY = 'alibaba_lingyang_utouch_submit_initiative_batch_task_response';
export const SIGN_METHODS = ['md5', 'hmac', 'hmac-sha256'] as const;
export type SignMethod = (typeof SIGN_METHODS)[number];

/** One task as TOP takes it. Ids are Java longs; text params are JSON text. */
export interface WireTask {
  input_params: string;
  output_params: string;
  phone_number?: string;
  email?: string;
  biz_id?: string;
  plan_execute_start_time?: string;
  source_id?: number;
  department_id?: number;
  outer_user_id?: string;
  user_name?: string;
  cms_member_type?: string;
  appointment_time_id?: number;
  policy_id?: number;
  book_charge_biz_info?: string;
  book_user_id?: number;
  cms_user_id?: number;
}

export interface WireBatchRequest {
  task_unique_code: string;
  batch_num?: string;
  plan_id: number;
  use_book_info?: { use_platform: string; book_code: string; book_owner_id: number };
  task_list: WireTask[];
}

/** TOP's time format: "yyyy-MM-dd HH:mm:ss" in GMT+8. */
export { formatGmt8 as gmt8 } from '../../core/gmt8.js';

export const errorEnvelope = z.object({
  error_response: z.object({
    code: z.number(),
    msg: z.string(),
    sub_code: z.string().optional(),
    sub_msg: z.string().optional(),
    request_id: z.string().optional(),
  }),
});
export type GatewayError = z.infer<typeof errorEnvelope>['error_response'];

const taskAnswer = z.object({
  task_id: z.union([z.number(), z.string()]).nullish(),
  task_request: z.record(z.string(), z.unknown()).nullish(),
  success: z.boolean().nullish(),
  message: z.string().nullish(),
  code: z.union([z.string(), z.number()]).nullish(),
});
export type TaskAnswer = z.infer<typeof taskAnswer>;

export const successEnvelope = z.object({
  [RESPONSE_KEY]: z.object({
    result: z.object({
      code: z.union([z.string(), z.number()]).nullish(),
      success: z.boolean().nullish(),
      message: z.string().nullish(),
      data: z.array(taskAnswer).nullish(),
    }),
    request_id: z.string().optional(),
  }),
});
