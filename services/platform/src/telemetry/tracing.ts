import type { TextMapPropagator } from '@opentelemetry/api';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';

/**
 * OpenTelemetry tracing, off unless OTEL_TRACES_EXPORTER=otlp. This module loads nothing of
 * OpenTelemetry until then: a server.ts imports it first, awaits startTracing, and only then
 * imports the rest, so that `pg` and `node:http` are loaded through the module hooks that let
 * the instrumentations wrap them (ES modules cannot be patched after they are loaded).
 */

export type TracingOptions = {
  /** Spans go here instead of the OTLP exporter (tests: InMemorySpanExporter). */
  exporter?: SpanExporter;
  /**
   * Whether an incoming request's `traceparent` continues its trace. True for subgraphs (only
   * the gateway reaches them); false for the gateway, whose callers are the public: each request
   * starts a trace of its own (a client cannot force sampling or join another trace).
   */
  continueIncomingTraces?: boolean;
};

export type Tracing = { flush: () => Promise<void>; shutdown: () => Promise<void> };

/** The modules the instrumentations patch; only these pass through the import hooks. */
const INSTRUMENTED_MODULES = ['http', 'https', 'pg', 'pg-pool'];
/** Requests that are not work: probes and scrapes make no traces. */
const UNTRACED_PATHS = /^\/(health\/|metrics(\?|$))/;

let running: Tracing | null = null;

export function tracingEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.OTEL_SDK_DISABLED === 'true') return false;
  return (env.OTEL_TRACES_EXPORTER ?? 'none')
    .split(',')
    .map((name) => name.trim())
    .includes('otlp');
}

async function otlpExporter(env: NodeJS.ProcessEnv): Promise<SpanExporter> {
  const protocol = env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ?? env.OTEL_EXPORTER_OTLP_PROTOCOL ?? 'http/protobuf';
  // Endpoint, headers, timeout and compression come from the standard OTEL_EXPORTER_OTLP_* variables.
  if (protocol === 'http/protobuf') return new (await import('@opentelemetry/exporter-trace-otlp-proto')).OTLPTraceExporter();
  if (protocol === 'http/json') return new (await import('@opentelemetry/exporter-trace-otlp-http')).OTLPTraceExporter();
  throw new Error(`OTEL_EXPORTER_OTLP_PROTOCOL=${protocol} is not supported: use http/protobuf or http/json`);
}

/**
 * Starts tracing for this process when OTEL_TRACES_EXPORTER=otlp (or an exporter is given):
 * spans of incoming and outgoing HTTP requests (W3C trace context passed on to the subgraphs),
 * of SQL statements made within a request (statements only, never their values), and those
 * @apollo/gateway makes. Every span is scrubbed of personal data before export (scrub.ts).
 * Returns null, having loaded nothing, when tracing is off.
 */
export async function startTracing(serviceName: string, options: TracingOptions = {}): Promise<Tracing | null> {
  if (running) return running;
  if (!options.exporter && !tracingEnabled()) return null;

  const { register, supportsSyncHooks } = await import('import-in-the-middle/register-hooks.mjs');
  if (supportsSyncHooks()) register({ include: INSTRUMENTED_MODULES });
  else throw new Error('Tracing needs Node.js >= 22.22.3 or >= 24.11.1 (synchronous module hooks)');

  const [{ W3CTraceContextPropagator }, { NodeTracerProvider, BatchSpanProcessor }, resources, { registerInstrumentations }, { HttpInstrumentation }, { UndiciInstrumentation }, { PgInstrumentation }, { ScrubbingExporter }] =
    await Promise.all([
      import('@opentelemetry/core'),
      import('@opentelemetry/sdk-trace-node'),
      import('@opentelemetry/resources'),
      import('@opentelemetry/instrumentation'),
      import('@opentelemetry/instrumentation-http'),
      import('@opentelemetry/instrumentation-undici'),
      import('@opentelemetry/instrumentation-pg'),
      import('./scrub.ts'),
    ]);

  const exporter = options.exporter ?? (await otlpExporter(process.env));
  // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES, when set, win over the service's own name.
  const resource = resources
    .defaultResource()
    .merge(resources.resourceFromAttributes({ 'service.name': serviceName }))
    .merge(resources.detectResources({ detectors: [resources.envDetector] }));
  const provider = new NodeTracerProvider({ resource, spanProcessors: [new BatchSpanProcessor(new ScrubbingExporter(exporter))] });
  const w3c = new W3CTraceContextPropagator();
  // The gateway passes trace context on but takes none from the public.
  const propagator: TextMapPropagator =
    options.continueIncomingTraces === false ? { inject: (current, carrier, setter) => w3c.inject(current, carrier, setter), extract: (current) => current, fields: () => w3c.fields() } : w3c;
  provider.register({ propagator });

  const unregister = registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => UNTRACED_PATHS.test(request.url ?? ''),
        // Outgoing calls (object storage, mail) only as part of a traced request.
        requireParentforOutgoingSpans: true,
      }),
      // The gateway calls the subgraphs with undici: a client span, and traceparent on the request.
      new UndiciInstrumentation({ requireParentforSpans: true }),
      // Statements of a traced request only (not pg-boss's polling); never the values bound to them.
      // Taking a pooled connection is no span of its own (fewer spans; a wait shows in the statement's parent).
      new PgInstrumentation({ requireParentSpan: true, enhancedDatabaseReporting: false, ignoreConnectSpans: true }),
    ],
  });

  running = {
    flush: () => provider.forceFlush(),
    shutdown: async () => {
      unregister();
      await provider.shutdown();
      running = null;
    },
  };
  return running;
}

/** Sends the spans still buffered and stops tracing (on shutdown); nothing when tracing is off. */
export async function stopTracing(): Promise<void> {
  await running?.shutdown();
}
