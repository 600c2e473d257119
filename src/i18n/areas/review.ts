/** Messages of the review area. Swedish first; English must have every key (checked by type). */
export const sv = {} as const;

export const en: Record<keyof typeof sv, string> = {};
