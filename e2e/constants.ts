/** The browser tests' throwaway database, wiped each time the test server starts. */
export const E2E_DATABASE = "e2e/.data/hatrack-e2e.db";
