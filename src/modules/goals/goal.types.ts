import { Directive, Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { UnreadableField } from '../../core/unreadable-field.js';
import type { GoalRecord } from '../../providers/lingxing/port.js';

export enum AssessType {
  SALES_AMOUNT = 'SALES_AMOUNT',
  SALES_VOLUME = 'SALES_VOLUME',
}
registerEnumType(AssessType, {
  name: 'AssessType',
  description: 'What a goal measures (LingXing `assessType`).',
  valuesConfig: {
    SALES_AMOUNT: { description: 'Sales amount, in the goal currency (LingXing 1).' },
    SALES_VOLUME: { description: 'Units sold (LingXing 2).' },
  },
});

export enum CurrencyCode {
  USD = 'USD',
  EUR = 'EUR',
  GBP = 'GBP',
  CNY = 'CNY',
  JPY = 'JPY',
}
registerEnumType(CurrencyCode, {
  name: 'CurrencyCode',
  description: 'Currencies LingXing accepts for goals.',
  valuesConfig: {
    USD: { description: 'US dollar.' },
    EUR: { description: 'Euro.' },
    GBP: { description: 'Pound sterling.' },
    CNY: { description: 'Chinese yuan.' },
    JPY: { description: 'Japanese yen.' },
  },
});

export enum GoalWriteMode {
  OVERWRITE = 'OVERWRITE',
  CREATE_ONLY = 'CREATE_ONLY',
}
registerEnumType(GoalWriteMode, {
  name: 'GoalWriteMode',
  description: 'How a goal write treats a user who already has a goal for the year and assess type.',
  valuesConfig: {
    OVERWRITE: {
      description: 'Create the goal, or replace all twelve values of an existing one (LingXing 覆盖, operateType 1). Safe to resend.',
    },
    CREATE_ONLY: {
      description: 'Create the goal; an existing one is left unchanged and answered GoalAlreadyExists (LingXing 更新, operateType 2, as the provider behaves).',
    },
  },
});

// A federation entity: the supergraph fetches goals by these three fields (see src/federation.ts).
// Cacheable for a minute, per caller: the actuals follow LingXing's sales figures, which move all day.
@Directive('@key(fields: "uid year assessType")')
@Directive('@cacheControl(maxAge: 60, scope: PRIVATE)')
@ObjectType('Goal', { simpleResolvers: true, description: "One user's sales goal for a year and assess type, with progress so far." })
export class Goal {
  @Field(() => Int, { description: 'LingXing user id.' })
  uid!: number;

  @Field(() => String, { nullable: true, description: "The user's name in LingXing." })
  realName?: string | null;

  @Field(() => [String], { description: "Names of the user's organisations." })
  organizations!: string[];

  @Field(() => Int, { description: 'Goal year.' })
  year!: number;

  @Field(() => AssessType, { description: 'What the goal measures.' })
  assessType!: AssessType;

  @Field(() => CurrencyCode, { nullable: true, description: 'Currency of the values, for sales-amount goals.' })
  currency?: CurrencyCode | null;

  @Field(() => [Float], { description: 'Goal per month, January first (12 values).' })
  monthlyGoals!: number[];

  @Field(() => [Float], { description: 'Actual result per month, January first (12 values).' })
  monthlyActuals!: number[];

  @Field(() => [Float], { description: 'Completion per month in percent, January first (12 values).' })
  monthlyCompletionRates!: number[];

  @Field(() => Float, { description: 'Goal for the whole year.' })
  yearGoal!: number;

  @Field(() => Float, { description: 'Actual result for the year so far.' })
  yearActual!: number;

  @Field(() => Float, { description: 'Completion of the year goal, in percent.' })
  yearCompletion!: number;

  @Field(() => Date, { nullable: true, description: 'When the goal was created.' })
  createdAt?: Date | null | UnreadableField;

  @Field(() => Date, { nullable: true, description: 'When the goal was last changed.' })
  updatedAt?: Date | null | UnreadableField;
}

/**
 * A Goal as GraphQL reads it, straight from LingXing's record (no copy): each field reads the
 * record when a query selects it, so series and times are built only for queries that ask.
 */
export class GoalOfRecord implements Goal {
  constructor(private readonly record: GoalRecord) {}
  get uid(): number {
    return this.record.uid;
  }
  get realName(): string | null {
    return this.record.realName;
  }
  get organizations(): string[] {
    return this.record.organizations as string[];
  }
  get year(): number {
    return this.record.year;
  }
  get assessType(): AssessType {
    return this.record.measure as AssessType;
  }
  get currency(): CurrencyCode | null {
    return this.record.currency as CurrencyCode | null;
  }
  get monthlyGoals(): number[] {
    return this.record.monthlyGoals;
  }
  get monthlyActuals(): number[] {
    return this.record.monthlyActuals;
  }
  get monthlyCompletionRates(): number[] {
    return this.record.monthlyCompletionRates;
  }
  get yearGoal(): number {
    return this.record.yearGoal;
  }
  get yearActual(): number {
    return this.record.yearActual;
  }
  get yearCompletion(): number {
    return this.record.yearCompletion;
  }
  get createdAt(): Date | null | UnreadableField {
    return this.record.createdAt;
  }
  get updatedAt(): Date | null | UnreadableField {
    return this.record.updatedAt;
  }
}
