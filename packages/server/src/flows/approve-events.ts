import {
  ApprovalRequest,
  ApprovalView,
  approvalEventsPath,
  call,
  route,
} from '@portalkit/protocol';
import { eventsEndpoint, serverEvents } from '../router.js';
import { approvals, type ApprovalRecord } from '../stores/approvals.js';
import { expireIfDue, ownTransaction } from './approve.js';
import { approvalView } from './protected-form.js';

/** `GET /approvals/events?id=…`: each event's data is an `ApprovalView`. */
const eventsRoute = route(call('GET', approvalEventsPath, ApprovalView), ApprovalRequest);

/**
 * Server-sent events of one of the member's transactions: its view at once, then each change of
 * its status, the last when it is no longer pending (approved, denied, cancelled, or expired when
 * its time is up), and the stream ends. News from this server arrives at once; a transaction
 * changed through another server sharing the database is seen within `pollMs`.
 */
export const approvalEvents = eventsEndpoint(
  eventsRoute,
  { access: 'signed-in' },
  async (input, ctx) => {
    const first = await ownTransaction(ctx, input.id);
    const { pollMs, heartbeatMs } = ctx.config.approvals;
    return serverEvents('approval', heartbeatMs, async function* (signal) {
      let record: ApprovalRecord = first;
      let sent: string | null = null;
      for (;;) {
        if (record.status !== sent) {
          sent = record.status;
          yield approvalView(record);
        }
        if (record.status !== 'pending') return;
        const untilExpiry = Math.max(record.expiresAt - ctx.now(), 10);
        await ctx.changes.wait(record.id, Math.min(pollMs, untilExpiry), signal);
        if (signal.aborted) return;
        const found = await ctx.store.use(approvals).find(record.id, record.accountId);
        if (!found) return;
        record = await expireIfDue(ctx, found);
      }
    });
  },
);
