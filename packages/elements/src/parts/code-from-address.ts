import { formatActivationCode, parseActivationCode } from '@portalkit/protocol';

/**
 * The code from a letter's QR code (`#code=…` in the page address, which never reaches a server),
 * as printed (`K7QM-X4TP-9WHR`): the activation letter of `<pk-register>` and the reset letter of
 * `<pk-forgot-password>`. It is removed from the address bar, so it is neither bookmarked nor
 * shared.
 */
export function takeCodeFromAddress(): string | undefined {
  const code = takeFromAddress('code');
  if (code === undefined) return undefined;
  const parsed = parseActivationCode(code);
  return parsed.ok ? formatActivationCode(parsed.value) : code;
}

/**
 * A value from the page address's fragment (`#code=…`, `#t=…`: never sent to a server), removed
 * from the address bar at once, so it is neither bookmarked nor shared nor kept in the history.
 */
export function takeFromAddress(name: string): string | undefined {
  if (!location.hash) return undefined;
  const params = new URLSearchParams(location.hash.slice(1));
  const value = params.get(name);
  if (value === null) return undefined;
  params.delete(name);
  const rest = params.toString();
  history.replaceState(
    history.state,
    '',
    location.pathname + location.search + (rest && `#${rest}`),
  );
  return value;
}
