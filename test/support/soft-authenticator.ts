// The software authenticator lives with the server's test support; tests and the bench import it
// from the package export.
export * from '@portalkit/server/testing';
