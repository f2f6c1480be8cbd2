import * as z from 'zod/mini';
import { approvalPending } from './approve.js';
import { call, Empty, onFirstUse, route } from './route.js';
import { singleLine } from './text.js';

// Address change: a protected form. The member's current address comes from the insurer's
// registry; the new one is sent, answered with a pending approval, and executed once approved.

const postalAddress = /* @__PURE__ */ onFirstUse(() =>
  z.object({
    street: z.string(),
    houseNumber: z.string(),
    postcode: z.string(),
    city: z.string(),
  }),
);

const currentAddress = /* @__PURE__ */ onFirstUse(() => z.object({ address: postalAddress() }));
export const CurrentAddress = /* @__PURE__ */ currentAddress();
export type CurrentAddress = z.infer<typeof CurrentAddress>;
export type PostalAddress = CurrentAddress['address'];

// Only the server parses it: every call is marked pure, nested ones too (see webauthn.ts).
export const AddressChangeRequest = /* @__PURE__ */ z.object({
  street: /* @__PURE__ */ singleLine(100),
  houseNumber: /* @__PURE__ */ singleLine(12),
  /** 5 digits (`parsePostcode`). */
  postcode: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(16)),
  city: /* @__PURE__ */ singleLine(60),
  /** ISO date `YYYY-MM-DD` from which the new address holds (`checkValidFrom`). */
  validFrom: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(10)),
});
export type AddressChangeRequest = z.infer<typeof AddressChangeRequest>;

export type HouseNumberProblem = 'empty' | 'format';

/** `12`, `12a`, `12 A`, `12-14`, `3/1`: digits first, a letter or a range after. */
export function parseHouseNumber(
  input: string,
): { ok: true; value: string } | { ok: false; problem: HouseNumberProblem } {
  const value = input.trim().replace(/\s+/g, ' ');
  if (value === '') return { ok: false, problem: 'empty' };
  return /^\d{1,5}(?: ?[a-zA-Z])?(?: ?[-/] ?\d{1,5}(?: ?[a-zA-Z])?)?$/.test(value)
    ? { ok: true, value }
    : { ok: false, problem: 'format' };
}

export type ValidFromProblem = 'empty' | 'invalid' | 'tooEarly' | 'tooLate';

/** A move is reported at most 12 months after it and at most 6 months before. */
export const validFromRange = { monthsBack: 12, monthsAhead: 6 } as const;

/**
 * Checks the date from which a new address holds against `today` (ISO dates): a real date, at
 * most 12 months back and 6 months ahead.
 */
export function checkValidFrom(
  input: string,
  today: string,
): { ok: true; value: string } | { ok: false; problem: ValidFromProblem } {
  const value = input.trim();
  if (value === '') return { ok: false, problem: 'empty' };
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!)) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) return { ok: false, problem: 'invalid' };
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const earliest = new Date(Date.UTC(y, m - 1 - validFromRange.monthsBack, d));
  const latest = new Date(Date.UTC(y, m - 1 + validFromRange.monthsAhead, d));
  if (date < earliest) return { ok: false, problem: 'tooEarly' };
  if (date > latest) return { ok: false, problem: 'tooLate' };
  return { ok: true, value };
}

const current = /* @__PURE__ */ call('GET', '/address', currentAddress);
/** Answers with the pending approval; the change is executed once it is approved. */
const change = /* @__PURE__ */ call('POST', '/address', approvalPending);

export const addressChangeCalls = { current, change };

export const addressChangeRoutes = {
  current: /* @__PURE__ */ route(current, Empty),
  change: /* @__PURE__ */ route(change, AddressChangeRequest),
};
