import { randomBytes } from 'node:crypto';
import { afterWork, type AfterTask, type AfterWork } from './after.js';
import { createChanges } from './changes.js';
import type { FlowContext, PortalConfig } from './context.js';
import { PortalError } from './errors.js';
import type { ProtectedForm } from './flows/protected-form.js';
import {
  eventStreamResponse,
  jsonResponse,
  limitedBody,
  mediaType,
  readJsonBody,
  toErrorResponse,
  type PortalLog,
} from './http.js';
import type { MemberRegistry } from './members.js';
import type { Mailer } from './notices/mailer.js';
import { passwordHashing } from './password/hash.js';
import { isServerEvents, router, type Endpoint, type FlowModule } from './router.js';
import {
  clientAddress,
  throttleGroup,
  trustedProxyList,
  type TrustedProxies,
} from './security/client-address.js';
import { loadKeyring, type Keyring } from './security/keys.js';
import { requestCookies, setCookie } from './session/cookie.js';
import { presentedSessionHash, resolveSession, sessionCookieName } from './session/sessions.js';
import type { Store } from './stores/store.js';

export interface PipelineOptions {
  store: Store;
  mail: Mailer;
  members: MemberRegistry | undefined;
  config: PortalConfig;
  flows: readonly FlowModule[];
  now: () => number;
  log: PortalLog;
  trustedProxies: TrustedProxies | undefined;
  secret: string | undefined;
  /** Runs before each request (the sweeper). */
  beforeEach?: () => Promise<void>;
  /** Where the flows' `ctx.after` tasks run. Default: a runner of its own. */
  afterWork?: AfterWork;
}

export type Handle = (request: Request, extra?: { clientAddress?: string }) => Promise<Response>;

/**
 * The request pipeline, in one place: match the route; for a POST, the CSRF checks (an allowed
 * Origin and the content type the route takes), then the body as the route declares it (JSON
 * parsed and validated, or a limited stream); the client's address; the session at the level the
 * route needs; the flow; the response with its cookies; every error turned into its response by
 * `toErrorResponse`; then the work the flow left for after the answer (`ctx.after`).
 */
export function createPipeline(options: PipelineOptions): Handle {
  const { store, mail, members, config, now, log } = options;
  const match = router(options.flows);
  const work = options.afterWork ?? afterWork(log);
  const trusted =
    typeof options.trustedProxies === 'number'
      ? options.trustedProxies
      : trustedProxyList(options.trustedProxies ?? []);
  // Computed once: unknown members are verified against it, so they cost what members cost.
  const dummyHash = passwordHashing.hash(randomBytes(32).toString('base64url'));
  let keys: Promise<Keyring> | undefined;
  let warnedNoAddress = false;
  const forms = new Map<string, ProtectedForm>();
  for (const form of options.flows.flatMap((f) => f.forms ?? [])) {
    if (forms.has(form.kind)) throw new TypeError(`two protected forms of kind ${form.kind}`);
    forms.set(form.kind, form);
  }
  const changes = createChanges();

  function keyring(): Promise<Keyring> {
    keys ??= loadKeyring(store, options.secret, now()).catch((error: unknown) => {
      keys = undefined;
      throw error;
    });
    return keys;
  }

  function pathBelowBase(pathname: string): string | null {
    if (config.basePath === '') return pathname;
    return pathname.startsWith(`${config.basePath}/`)
      ? pathname.slice(config.basePath.length)
      : null;
  }

  /** What counts as the client: its address group, or one shared group when none is known. */
  function clientGroup(request: Request, peer: string | undefined): string {
    const address = clientAddress(peer, request.headers, trusted);
    if (address) return throttleGroup(address);
    if (!warnedNoAddress) {
      warnedNoAddress = true;
      log({
        level: 'warn',
        event: 'client.address.missing',
        message:
          'requests arrive without a client address; they share one throttle group (pass ' +
          'clientAddress to handle(), or set trustedProxies)',
      });
    }
    return 'unknown';
  }

  /** Reads what a POST carries, after the checks a cross-site request cannot pass. */
  async function readBody(request: Request, endpoint: Endpoint) {
    // CSRF defence: browsers send Origin on every POST, and a cross-site form can send neither
    // JSON nor the stream types a route takes without the browser asking this origin first.
    const origin = request.headers.get('Origin');
    if (!origin || !config.rp.origins.includes(origin)) throw new PortalError('ORIGIN_FORBIDDEN');
    const type = mediaType(request.headers.get('Content-Type'));
    const { body } = endpoint;
    if (body.kind === 'json') {
      if (type !== 'application/json') throw new PortalError('CONTENT_TYPE_UNSUPPORTED');
      return { input: await readJsonBody(request, body.limit), stream: null, type: null };
    }
    if (!body.contentTypes.includes(type)) throw new PortalError('CONTENT_TYPE_UNSUPPORTED');
    const limit = typeof body.limit === 'number' ? body.limit : body.limit(config);
    const stream = limitedBody(request, limit);
    return { input: {}, stream, type: request.headers.get('Content-Type') };
  }

  /** What a request leaves for after its answer: kept until the answer exists, then started. */
  interface Later {
    label: string;
    tasks: AfterTask[];
    answered: boolean;
    /** The answer is a stream that may never end: its tasks start at once. */
    streamed: boolean;
  }

  async function respond(request: Request, extra: { clientAddress?: string }, later: Later) {
    const cookies: string[] = [];
    let allow: string | undefined;
    try {
      const url = new URL(request.url);
      const path = pathBelowBase(url.pathname);
      const found = path === null ? null : match(request.method, path);
      if (!found) throw new PortalError('NOT_FOUND');
      if ('allow' in found) {
        allow = found.allow.join(', ');
        throw new PortalError('METHOD_NOT_ALLOWED');
      }
      const { endpoint } = found;
      later.label = `${endpoint.route.method} ${endpoint.route.path}`;
      const { input, stream, type } =
        endpoint.route.method === 'POST'
          ? await readBody(request, endpoint)
          : { input: Object.fromEntries(url.searchParams), stream: null, type: null };
      const parsed = endpoint.route.input.safeParse(input);
      if (!parsed.success) {
        const fields: Record<string, string> = {};
        for (const issue of parsed.error.issues) {
          fields[issue.path.join('.') || 'body'] = issue.code === 'custom' ? issue.message : 'invalid';
        }
        throw new PortalError('VALIDATION_FAILED', { fields });
      }
      const presented = requestCookies(request);
      const ctx: FlowContext = {
        store,
        mail,
        members,
        config,
        now,
        log,
        keys: await keyring(),
        client: {
          group: clientGroup(request, extra.clientAddress),
          userAgent: request.headers.get('User-Agent') ?? undefined,
        },
        session: null,
        presentedSessionHash: presentedSessionHash(
          presented.get(sessionCookieName(config)) ?? null,
        ),
        dummyHash,
        cookies: {
          get: (name) => presented.get(name) ?? null,
          set: (name, value, cookieOptions) =>
            cookies.push(setCookie(config.cookie, name, value, cookieOptions)),
        },
        body: stream,
        bodyType: type,
        documents: config.documents,
        after(task) {
          if (later.answered) work.start(later.label, [task]);
          else later.tasks.push(task);
        },
        forms,
        changes,
      };
      const activity = await resolveSession(ctx, endpoint.access);
      const output = await endpoint.handle(parsed.data, ctx);
      await activity?.();
      if (isServerEvents(output)) {
        later.streamed = true;
        const check = config.validateResponses
          ? (value: unknown) => {
              if (!endpoint.route.output.safeParse(value).success) {
                throw new Error(`event of GET ${endpoint.route.path} breaks its schema`);
              }
            }
          : undefined;
        return eventStreamResponse(output, { cookies, log, check });
      }
      if (config.validateResponses && !endpoint.route.output.safeParse(output).success) {
        throw new Error(
          `response of ${endpoint.route.method} ${endpoint.route.path} breaks its schema`,
        );
      }
      return jsonResponse(200, output, cookies);
    } catch (error) {
      const response = toErrorResponse(error, log, cookies);
      if (allow) response.headers.set('Allow', allow);
      return response;
    }
  }

  return async function handle(request, extra = {}) {
    await options.beforeEach?.();
    const later: Later = { label: '', tasks: [], answered: false, streamed: false };
    const response = await respond(request, extra, later);
    later.answered = true;
    if (later.streamed) {
      work.start(later.label, later.tasks);
      return response;
    }
    return work.afterAnswer(later.label, later.tasks, response);
  };
}
