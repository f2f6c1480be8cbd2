import {
  addressChangeRoutes,
  checkValidFrom,
  parseHouseNumber,
  parsePostcode,
  type ApprovalSummary,
  type PostalAddress,
} from '@portalkit/protocol';
import type { Flow, FlowContext } from '../context.js';
import { PortalError } from '../errors.js';
import type { MemberRegistry } from '../members.js';
import { sendNoticeLetter } from '../notices/letter.js';
import { endpoint, type FlowModule } from '../router.js';
import { requireSession } from '../session/sessions.js';
import { invalid, protectedForm } from './protected-form.js';

type Routes = typeof addressChangeRoutes;
type AddressRegistry = Required<Pick<MemberRegistry, 'find' | 'changeAddress'>>;

/** The registry's address change, or `NOT_FOUND`: the routes are off without it. */
function registry(ctx: FlowContext): AddressRegistry {
  const members = ctx.members;
  if (!members?.find || !members.changeAddress) throw new PortalError('NOT_FOUND');
  return members as AddressRegistry;
}

/** A house number at the end of the street (`Nikolaistraße 12a`), where none is kept apart. */
const trailingNumber = /^(.*\S)\s+(\d{1,5}(?: ?[a-zA-Z])?(?: ?[-/] ?\d{1,5}(?: ?[a-zA-Z])?)?)$/;

/** The member's address as the registry has it, the house number apart. */
async function currentAddress(ctx: FlowContext): Promise<{ name: string; address: PostalAddress }> {
  const { account } = requireSession(ctx);
  const member = await registry(ctx).find(account.kvnr);
  if (!member) throw new PortalError('NOT_FOUND');
  const { street, houseNumber, postcode, city } = member.address;
  const split = houseNumber === undefined ? trailingNumber.exec(street) : null;
  return {
    name: member.name,
    address: {
      street: split ? split[1]! : street,
      houseNumber: houseNumber ?? split?.[2] ?? '',
      postcode,
      city,
    },
  };
}

/** Today in Germany (`YYYY-MM-DD`), where a move's date is counted. */
export function berlinToday(at: number): string {
  return isoDay.format(at);
}
const isoDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' });

export const current: Flow<Routes['current']> = async (_input, ctx) => ({
  address: (await currentAddress(ctx)).address,
});

/** What an address change stores: the address before it, the new one, and from when. */
export interface AddressChange {
  name: string;
  from: PostalAddress;
  to: PostalAddress;
  validFrom: string;
}

const streetLine = (a: PostalAddress) => (a.houseNumber ? `${a.street} ${a.houseNumber}` : a.street);
const cityLine = (a: PostalAddress) => `${a.postcode} ${a.city}`;

function dayOf(iso: string, locale: 'de' | 'en'): string {
  const [y, m, d] = iso.split('-');
  return locale === 'de' ? `${d}.${m}.${y}` : `${d}/${m}/${y}`;
}

/** The summary a member approves, from the stored change alone. */
export function summarizeAddressChange(change: AddressChange): ApprovalSummary {
  const { from, to, validFrom } = change;
  return {
    de: {
      title: 'Neue Anschrift',
      lines: [
        { label: 'Straße und Hausnummer', from: streetLine(from), to: streetLine(to) },
        { label: 'Postleitzahl und Ort', from: cityLine(from), to: cityLine(to) },
        { label: 'Gültig ab', from: null, to: dayOf(validFrom, 'de') },
      ],
    },
    en: {
      title: 'New address',
      lines: [
        { label: 'Street and number', from: streetLine(from), to: streetLine(to) },
        { label: 'Postcode and city', from: cityLine(from), to: cityLine(to) },
        { label: 'Valid from', from: null, to: dayOf(validFrom, 'en') },
      ],
    },
  };
}

/**
 * The address change: the new address is checked, stored with the current one as a pending
 * transaction, and recorded in the registry once approved; then a letter goes to the old address
 * (whoever lives there learns of a change they may not have made) and one to the new.
 */
export const addressForm = protectedForm({
  kind: 'address-change',
  route: addressChangeRoutes.change,
  async prepare(input, ctx): Promise<AddressChange> {
    const { name, address: from } = await currentAddress(ctx);
    const fields: Record<string, string> = {};
    const postcode = parsePostcode(input.postcode);
    const houseNumber = parseHouseNumber(input.houseNumber);
    const validFrom = checkValidFrom(input.validFrom, berlinToday(ctx.now()));
    if (input.street === '') fields.street = 'empty';
    if (input.city === '') fields.city = 'empty';
    if (!postcode.ok) fields.postcode = postcode.problem;
    if (!houseNumber.ok) fields.houseNumber = houseNumber.problem;
    if (!validFrom.ok) fields.validFrom = validFrom.problem;
    if (!postcode.ok || !houseNumber.ok || !validFrom.ok || Object.keys(fields).length > 0) {
      throw new PortalError('VALIDATION_FAILED', { fields });
    }
    const to = {
      street: input.street.replace(/\s+/g, ' '),
      houseNumber: houseNumber.value,
      postcode: postcode.value,
      city: input.city.replace(/\s+/g, ' '),
    };
    if (streetLine(to) === streetLine(from) && cityLine(to) === cityLine(from)) {
      throw invalid('street', 'unchanged');
    }
    return { name, from, to, validFrom: validFrom.value };
  },
  summarize: summarizeAddressChange,
  async execute(change, ctx, account) {
    await registry(ctx).changeAddress(account.kvnr, change.to, change.validFrom);
    const summary = summarizeAddressChange(change)[account.locale];
    const data = { change: summary.lines.slice(0, 2), validFrom: change.validFrom };
    const recipient = { name: change.name, locale: account.locale };
    ctx.after(async () => {
      await sendNoticeLetter(ctx, recipient, change.from, 'address-changed', data);
      await sendNoticeLetter(ctx, recipient, change.to, 'address-changed', data);
    });
  },
});

export const addressChangeFlow: FlowModule = {
  name: 'address-change',
  endpoints: [
    endpoint(addressChangeRoutes.current, { access: 'signed-in' }, current),
    addressForm.endpoint,
  ],
  forms: [addressForm],
};
