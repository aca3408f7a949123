// jStat ships no types; the one function ci-ledger uses.
declare module 'jstat' {
  export const jStat: {
    /** The regularized incomplete beta function I_x(a, b). */
    ibeta(x: number, a: number, b: number): number;
  };
}
