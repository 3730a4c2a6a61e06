import type { Principal } from '../../lib/auth';

/** Per-request gateway context: who calls (verified here first) and what to forward. */
export interface GatewayContext {
  readonly principal: Principal;
  /** The caller's own Authorization header, forwarded so every subgraph verifies it again. */
  readonly authorization: string | undefined;
  readonly requestId: string;
}
