// A throwaway PostgreSQL for tests lives with the server's test support (its stores are what
// needs it); the test runner and the bench import it from here.
export * from '@portalkit/server/testing';
