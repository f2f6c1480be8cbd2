import type { PortalConfig } from '../context.js';

/**
 * What every response the portal verifies must match, sign-in and registration alike: the
 * challenge it issued, one of the site's origins, its RP ID, and a verified user (user presence
 * alone is never enough for an AAL2 possession factor).
 */
export function expectedResponse(config: PortalConfig, challenge: string) {
  return {
    expectedChallenge: challenge,
    expectedOrigin: config.rp.origins,
    expectedRPID: config.rp.id,
    requireUserVerification: true,
  };
}
