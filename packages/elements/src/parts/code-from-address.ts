import { formatActivationCode, parseActivationCode } from '@portalkit/protocol';

/**
 * The code from a letter's QR code (`#code=…` in the page address, which never reaches a server),
 * as printed (`K7QM-X4TP-9WHR`): the activation letter of `<pk-register>` and the reset letter of
 * `<pk-forgot-password>`. It is removed from the address bar, so it is neither bookmarked nor
 * shared.
 */
export function takeCodeFromAddress(): string | undefined {
  const params = new URLSearchParams(location.hash.slice(1));
  const code = params.get('code');
  if (code === null) return undefined;
  params.delete('code');
  const rest = params.toString();
  history.replaceState(
    history.state,
    '',
    location.pathname + location.search + (rest && `#${rest}`),
  );
  const parsed = parseActivationCode(code);
  return parsed.ok ? formatActivationCode(parsed.value) : code;
}
