// Canonical node ids: the same real thing gets the same id in every article, so graphs merge by id.
import type { EntityLabel } from './labels.js';

/** Lower case, accents removed, every run of other characters folded to one dash. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

const PREFIX: Record<EntityLabel, string> = {
  Person: 'person',
  Country: 'country',
  City: 'city',
  Region: 'region',
  Organization: 'org',
};

/** `label:key` where key is an external code (ISO, GeoNames) or the slug of the canonical name. */
export function entityId(label: EntityLabel, key: string): string {
  return `${PREFIX[label]}:${key}`;
}

export function articleId(key: string): string {
  return `article:${key}`;
}
