import { randomUUID } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
// The well-known types the generated BatchAppend and google.rpc.Status messages are declared with; the client's own
// generated code loads them from this same package.
import { Any } from 'google-protobuf/google/protobuf/any_pb';
import { Empty as ProtobufEmpty } from 'google-protobuf/google/protobuf/empty_pb';
import { Code } from '@eventstore/db-client/generated/code_pb';
import { PersistentSubscriptionsService } from '@eventstore/db-client/generated/persistent_grpc_pb';
import { ProjectionsService } from '@eventstore/db-client/generated/projections_grpc_pb';
import {
  ServerFeaturesService,
  type IServerFeaturesServer,
} from '@eventstore/db-client/generated/serverfeatures_grpc_pb';
import { SupportedMethod, SupportedMethods } from '@eventstore/db-client/generated/serverfeatures_pb';
import {
  AllStreamPosition,
  BadRequest,
  Empty,
  StreamIdentifier,
  UUID,
  WrongExpectedVersion,
} from '@eventstore/db-client/generated/shared_pb';
import { Status } from '@eventstore/db-client/generated/status_pb';
import { StreamsService, type IStreamsServer } from '@eventstore/db-client/generated/streams_grpc_pb';
import {
  AppendReq,
  AppendResp,
  BatchAppendReq,
  BatchAppendResp,
  ReadReq,
  ReadResp,
} from '@eventstore/db-client/generated/streams_pb';

/**
 * A stand-in for an EventStoreDB/KurrentDB server, for tests on a machine where no server can run. It speaks the real
 * gRPC protocol (the client's own generated service definition and messages), so the real `@eventstore/db-client`
 * connects to it unchanged. It keeps streams in memory and answers only what a client needs to append to, read and
 * subscribe to single streams:
 *
 * - `ServerFeatures/GetSupportedMethods` and `Streams/BatchAppend` (append path 'batch', the default): the server
 *   advertises what a 24.10 server does, so the client appends through the bidirectional `BatchAppend`, as it does
 *   against every server since 21.10. `Streams/Append` is served as well, as on a real server (the client still uses
 *   it for appends that carry their own credentials).
 * - `Streams/Append` only (append path 'legacy'): `ServerFeatures` is not registered, so grpc-js answers UNIMPLEMENTED
 *   to the client's `GetSupportedMethods`, and the client then uses the client-streaming `Append`, as it does against
 *   servers older than 21.10.
 * - `Streams/Read` on a stream: a read, or a subscription when the request carries subscription options.
 *
 * Both append paths keep the same semantics: expected revisions, conflicts and idempotent retries are decided in one
 * place (InMemoryLog.append). Everything else (other services, `Delete`, `Tombstone`, reads and subscriptions of `$all`)
 * answers UNIMPLEMENTED. Not stood in for either: links (resolveLinkTos is ignored), ACLs and credentials, deadlines,
 * `$`-streams and stream metadata, and the server's limits on event and append size.
 */
export interface StandInEventStoreDbServer {
  /** e.g. esdb://127.0.0.1:PORT?tls=false */
  readonly connectionString: string;
  /** How many calls of each append RPC the stand-in has received so far: a snapshot, taken when read. */
  readonly calls: AppendCalls;
  /**
   * Ends every open subscription cleanly (status OK), as a server does when it drops its subscribers (e.g. on a leader
   * change), while it keeps serving other calls: the client's subscription emits 'end' and 'close', and a client that
   * subscribes again receives live events as before.
   */
  endSubscriptions(): void;
  /** Stops accepting calls, ends open subscriptions and BatchAppend calls, and waits for the rest. */
  close(): Promise<void>;
}

export interface AppendCalls {
  /** `Streams/Append` calls: one per append. */
  readonly append: number;
  /** `Streams/BatchAppend` calls: the client keeps one open per connection and sends all its appends on it. */
  readonly batchAppend: number;
  /** Requests received on BatchAppend calls: one per append, or more when the client splits a big append in chunks. */
  readonly batchAppendRequests: number;
}

export interface StandInEventStoreDbServerOptions {
  /**
   * 'batch' (the default): like every server since 21.10, the stand-in advertises BatchAppend through ServerFeatures,
   * so the client appends with BatchAppend. 'legacy': like a server before 21.10, it has no ServerFeatures, so the
   * client falls back to Append.
   */
  readonly appendPath?: 'batch' | 'legacy';
}

export async function startStandInEventStoreDbServer(
  options: StandInEventStoreDbServerOptions = {},
): Promise<StandInEventStoreDbServer> {
  const appendPath = options.appendPath ?? 'batch';
  const log = new InMemoryLog();
  /** How to end each open subscription, for endSubscriptions() and close(). */
  const openSubscriptions = new Set<() => void>();
  /** How to end each open BatchAppend call, for close(): the client keeps it open for as long as it is connected. */
  const openBatchAppends = new Set<() => void>();
  const calls = { append: 0, batchAppend: 0, batchAppendRequests: 0 };

  // Only the methods the client uses; grpc-js answers UNIMPLEMENTED for the service's other methods.
  const streams: Pick<IStreamsServer, 'append' | 'read'> = {
    append: (call, callback) => {
      calls.append += 1;
      handleAppend(log, call, callback);
    },
    read: (call) => handleRead(log, openSubscriptions, call),
  };
  const server = new grpc.Server();
  if (appendPath === 'batch') {
    const batchStreams: Pick<IStreamsServer, 'append' | 'read' | 'batchAppend'> = {
      ...streams,
      batchAppend: (call) => {
        calls.batchAppend += 1;
        handleBatchAppend(log, openBatchAppends, call, () => (calls.batchAppendRequests += 1));
      },
    };
    server.addService(StreamsService, batchStreams);
    const features: IServerFeaturesServer = {
      getSupportedMethods: (_call, callback) => callback(null, supportedMethods()),
    };
    server.addService(ServerFeaturesService, features);
  } else {
    server.addService(StreamsService, streams);
  }

  const port = await new Promise<number>((resolve, reject) => {
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, boundPort) =>
      error ? reject(error) : resolve(boundPort),
    );
  });

  const endSubscriptions = (): void => {
    for (const end of [...openSubscriptions]) end();
  };
  let closing: Promise<void> | undefined;
  const shutdown = async (): Promise<void> => {
    endSubscriptions();
    for (const end of [...openBatchAppends]) end();
    await new Promise<void>((resolve) => {
      // A graceful shutdown waits for calls in progress; should one never finish, cut the connections after a while.
      const force = setTimeout(() => {
        server.forceShutdown();
        resolve();
      }, 2000);
      server.tryShutdown(() => {
        clearTimeout(force);
        resolve();
      });
    });
  };

  return {
    connectionString: `esdb://127.0.0.1:${port}?tls=false`,
    get calls(): AppendCalls {
      return { ...calls };
    },
    endSubscriptions,
    close: () => (closing ??= shutdown()),
  };
}

/**
 * What `GetSupportedMethods` answers on a 24.10 server (its ServerFeatures.cs): every method of its client services,
 * names in lower case, with the features it attaches by name, and the version as major.minor.patch. The client only
 * asks about Streams/BatchAppend, the persistent subscription methods and Projections/Create, so only those services
 * are listed (a real server also lists operations, users, gossip, monitoring and redaction). The methods are taken from
 * the client's own service definitions. Advertised is not implemented: the stand-in still answers UNIMPLEMENTED for
 * everything but Streams/Append, Read and BatchAppend, as the doc comment at the top says.
 */
function supportedMethods(): SupportedMethods {
  const services = [StreamsService, PersistentSubscriptionsService, ProjectionsService, ServerFeaturesService];
  const methods = services
    .flatMap((service) => Object.values(service))
    .map(({ path }) => {
      // "/event_store.client.streams.Streams/BatchAppend"
      const [, serviceName = '', methodName = ''] = path.split('/');
      return new SupportedMethod()
        .setServiceName(serviceName.toLowerCase())
        .setMethodName(methodName.toLowerCase())
        .setFeaturesList(featuresOf(serviceName, methodName));
    });
  return new SupportedMethods().setEventStoreServerVersion('24.10.0').setMethodsList(methods);
}

/** The server's rule, on the names as declared (case-sensitive). */
function featuresOf(serviceName: string, methodName: string): string[] {
  if (serviceName.includes('PersistentSubscriptions')) return ['stream', 'all'];
  if (serviceName.includes('Streams') && methodName.includes('Read')) return ['position', 'events'];
  if (serviceName.includes('Streams') && methodName.includes('BatchAppend')) return ['deadline_duration'];
  if (serviceName.includes('Projections') && methodName.includes('Create')) return ['track_emitted_streams'];
  return [];
}

// ---------------------------------------------------------------------------------------------------------------------
// The store: streams of events in memory, with EventStoreDB's optimistic concurrency and idempotent retries.

interface ProposedEvent {
  /** Lower case, as the server answers a parsed Guid. */
  readonly id: string;
  readonly type: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  readonly customMetadata: Uint8Array;
}

interface StoredEvent extends ProposedEvent {
  readonly streamName: string;
  /** 0-based within its stream. */
  readonly revision: number;
  /** Place in the global log; used as both commit and prepare position. */
  readonly position: bigint;
  /** .NET ticks (100 ns) since the Unix epoch, as a decimal string: what the server sends as "created". */
  readonly created: string;
}

type ExpectedRevision =
  | { readonly kind: 'any' }
  | { readonly kind: 'no_stream' }
  | { readonly kind: 'stream_exists' }
  | { readonly kind: 'revision'; readonly revision: bigint };

type AppendOutcome =
  /** currentRevision -1: the stream still does not exist (an empty append). position undefined: nothing written. */
  | { readonly kind: 'success'; readonly currentRevision: number; readonly position?: bigint }
  | { readonly kind: 'wrong_expected_version'; readonly currentRevision: number; readonly expected: ExpectedRevision };

type LiveListener = (event: StoredEvent) => void;

class InMemoryLog {
  private readonly streams = new Map<string, StoredEvent[]>();
  private readonly listeners = new Map<string, Set<LiveListener>>();
  private lastPosition = -1n;

  append(streamName: string, expected: ExpectedRevision, proposed: readonly ProposedEvent[]): AppendOutcome {
    const events = this.events(streamName);
    const current = events.length - 1; // -1: no stream
    const wrong: AppendOutcome = { kind: 'wrong_expected_version', currentRevision: current, expected };
    switch (expected.kind) {
      case 'stream_exists':
        // Once the stream exists the server treats it as `any`, idempotent retries included.
        if (current < 0) return wrong;
        return this.appendAnyRevision(streamName, events, proposed);
      case 'any':
        return this.appendAnyRevision(streamName, events, proposed);
      case 'no_stream':
        return this.appendAtRevision(streamName, events, -1, proposed, wrong);
      case 'revision':
        // Past 2^53 precision is lost, but such a revision is past any stream here and fails the same way.
        return this.appendAtRevision(streamName, events, Number(expected.revision), proposed, wrong);
    }
  }

  /** The stream's events, oldest first; undefined when it does not exist. */
  read(streamName: string): readonly StoredEvent[] | undefined {
    return this.streams.get(streamName);
  }

  /**
   * The events after `afterRevision` stored now, returned; those appended later go to `live`, in order, until the
   * returned stop() is called. Nothing can be appended between the two, so no event is missed or sent twice.
   */
  subscribe(
    streamName: string,
    afterRevision: number,
    live: LiveListener,
  ): { readonly backlog: StoredEvent[]; stop(): void } {
    const listener: LiveListener = (event) => {
      if (event.revision > afterRevision) live(event);
    };
    let listeners = this.listeners.get(streamName);
    if (listeners === undefined) this.listeners.set(streamName, (listeners = new Set()));
    listeners.add(listener);
    const registered = listeners;
    return {
      backlog: this.events(streamName).slice(afterRevision + 1),
      stop: () => {
        registered.delete(listener);
        if (registered.size === 0 && this.listeners.get(streamName) === registered) this.listeners.delete(streamName);
      },
    };
  }

  /**
   * With a numeric expectation (no_stream being -1): a retry whose ids are the ones already stored right after the
   * expected revision succeeds without writing again, as on the real server; any other mismatch is a conflict.
   */
  private appendAtRevision(
    streamName: string,
    events: readonly StoredEvent[],
    expectedRevision: number,
    proposed: readonly ProposedEvent[],
    wrong: AppendOutcome,
  ): AppendOutcome {
    const current = events.length - 1;
    if (expectedRevision === current) return this.write(streamName, events, proposed);
    if (expectedRevision < current && proposed.length > 0) {
      return this.alreadyWritten(events, expectedRevision + 1, proposed) ?? wrong;
    }
    return wrong;
  }

  /**
   * With `any` the server recognises a retry by the first event id: found in the stream, the others must follow it
   * there (success, nothing written), or the append is a conflict (the server's "corrupted idempotency", answered as
   * wrong expected version). Not found, the events are written. The real server only remembers recent ids for this;
   * the stand-in remembers them all.
   */
  private appendAnyRevision(
    streamName: string,
    events: readonly StoredEvent[],
    proposed: readonly ProposedEvent[],
  ): AppendOutcome {
    const first = proposed[0];
    const at = first === undefined ? -1 : events.findIndex((event) => event.id === first.id);
    if (at < 0) return this.write(streamName, events, proposed);
    const any: ExpectedRevision = { kind: 'any' };
    return (
      this.alreadyWritten(events, at, proposed) ?? {
        kind: 'wrong_expected_version',
        currentRevision: events.length - 1,
        expected: any,
      }
    );
  }

  /** Success naming the last of them, when the proposed ids are those stored from revision `from` on, in order. */
  private alreadyWritten(
    events: readonly StoredEvent[],
    from: number,
    proposed: readonly ProposedEvent[],
  ): AppendOutcome | undefined {
    const stored = events.slice(from, from + proposed.length);
    const last = stored[stored.length - 1];
    if (last === undefined || stored.length !== proposed.length) return undefined;
    if (stored.some((event, index) => event.id !== proposed[index]?.id)) return undefined;
    return { kind: 'success', currentRevision: last.revision, position: last.position };
  }

  private write(streamName: string, events: readonly StoredEvent[], proposed: readonly ProposedEvent[]): AppendOutcome {
    const created = (BigInt(Date.now()) * 10_000n).toString();
    const written = proposed.map((event, index): StoredEvent => ({
      ...event,
      streamName,
      revision: events.length + index,
      position: ++this.lastPosition,
      created,
    }));
    // As the server: appending nothing to a missing stream does not create it.
    if (written.length > 0) this.streams.set(streamName, [...events, ...written]);
    const last = written[written.length - 1];
    for (const event of written) {
      for (const listener of [...(this.listeners.get(streamName) ?? [])]) listener(event);
    }
    return { kind: 'success', currentRevision: events.length - 1 + written.length, position: last?.position };
  }

  private events(streamName: string): readonly StoredEvent[] {
    return this.streams.get(streamName) ?? [];
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Streams/Append: one options message, then the proposed events; one answer when the client ends its side.

function handleAppend(
  log: InMemoryLog,
  call: grpc.ServerReadableStream<AppendReq, AppendResp>,
  callback: grpc.sendUnaryData<AppendResp>,
): void {
  let options: AppendReq.Options | undefined;
  const proposed: ProposedEvent[] = [];
  let answered = false;
  const answer = (error: Partial<grpc.StatusObject> | null, response?: AppendResp): void => {
    if (answered) return;
    answered = true;
    callback(error, response);
  };

  call.on('data', (request: AppendReq) => {
    if (answered) return;
    const requestOptions = request.getOptions();
    const message = request.getProposedMessage();
    if (requestOptions !== undefined && options === undefined) {
      options = requestOptions;
    } else if (message !== undefined && options !== undefined) {
      const event = toProposedEvent(message);
      if ('missing' in event) answer(missingMetadata(event.missing));
      else proposed.push(event);
    } else {
      answer(invalidArgument('Expected one options message, then proposed messages.'));
    }
  });
  call.on('end', () => {
    if (answered) return;
    if (options === undefined) return answer(invalidArgument('No options message was sent.'));
    const expected = toExpectedRevision(options);
    if (expected === undefined) return answer(invalidArgument('No expected stream revision was given.'));
    answer(null, toAppendResp(log.append(streamNameOf(options.getStreamIdentifier()), expected, proposed)));
  });
  // The client went away (cancelled, connection lost): there is no one left to answer.
  call.on('error', () => (answered = true));
}

function toProposedEvent(
  message: AppendReq.ProposedMessage | BatchAppendReq.ProposedMessage,
): ProposedEvent | { readonly missing: string[] } {
  const metadata = message.getMetadataMap();
  const type = metadata.get('type');
  const contentType = metadata.get('content-type');
  if (type === undefined || contentType === undefined) {
    return { missing: [type === undefined ? 'type' : [], contentType === undefined ? 'content-type' : []].flat() };
  }
  return {
    // The client always sends an id, in string form (it also asks for ids back in string form).
    id: (message.getId()?.getString() ?? randomUUID()).toLowerCase(),
    type,
    contentType,
    // Copies: the stored bytes must not share memory with a message buffer.
    data: Uint8Array.from(message.getData_asU8()),
    customMetadata: Uint8Array.from(message.getCustomMetadata_asU8()),
  };
}

function toExpectedRevision(options: AppendReq.Options): ExpectedRevision | undefined {
  const Case = AppendReq.Options.ExpectedStreamRevisionCase;
  switch (options.getExpectedStreamRevisionCase()) {
    case Case.ANY:
      return { kind: 'any' };
    case Case.NO_STREAM:
      return { kind: 'no_stream' };
    case Case.STREAM_EXISTS:
      return { kind: 'stream_exists' };
    case Case.REVISION:
      return { kind: 'revision', revision: BigInt(options.getRevision()) };
    default:
      return undefined;
  }
}

function toAppendResp(outcome: AppendOutcome): AppendResp {
  if (outcome.kind === 'success') {
    const success = new AppendResp.Success();
    if (outcome.currentRevision < 0) success.setNoStream(new Empty());
    else success.setCurrentRevision(String(outcome.currentRevision));
    if (outcome.position === undefined) success.setNoPosition(new Empty());
    else {
      const position = String(outcome.position);
      success.setPosition(new AppendResp.Position().setCommitPosition(position).setPreparePosition(position));
    }
    return new AppendResp().setSuccess(success);
  }
  // The client builds WrongExpectedVersionError from these fields (not from the deprecated *_20_6_0 ones).
  const wrong = new AppendResp.WrongExpectedVersion();
  if (outcome.currentRevision < 0) wrong.setCurrentNoStream(new Empty());
  else wrong.setCurrentRevision(String(outcome.currentRevision));
  const expected = outcome.expected;
  switch (expected.kind) {
    case 'any':
      wrong.setExpectedAny(new Empty());
      break;
    case 'no_stream':
      wrong.setExpectedNoStream(new Empty());
      break;
    case 'stream_exists':
      wrong.setExpectedStreamExists(new Empty());
      break;
    case 'revision':
      wrong.setExpectedRevision(expected.revision.toString());
      break;
  }
  return new AppendResp().setWrongExpectedVersion(wrong);
}

// ---------------------------------------------------------------------------------------------------------------------
// Streams/BatchAppend: one long-lived call, on which the client sends all its appends, each as one or more requests
// with the same correlation id (the first carries the options, the last is_final). Each append is decided as a whole
// when its final request arrives and answered on its own, with its correlation id; appends may interleave.

interface PendingBatchAppend {
  readonly options: BatchAppendReq.Options;
  readonly proposed: ProposedEvent[];
}

function handleBatchAppend(
  log: InMemoryLog,
  openBatchAppends: Set<() => void>,
  call: grpc.ServerDuplexStream<BatchAppendReq, BatchAppendResp>,
  onRequest: () => void,
): void {
  /** The appends whose final request has not arrived yet, by correlation id (in its serialized form). */
  const pending = new Map<string, PendingBatchAppend>();
  let open = true;
  const stop = (): void => {
    open = false;
    pending.clear();
    openBatchAppends.delete(end);
  };
  // For close(): a server going away ends the call with an error, so the client fails the appends it still awaits (on
  // a clean end it would wait for their answers for ever) and opens a new call for the next one.
  const end = (): void => {
    if (!open) return;
    stop();
    call.emit('error', { code: grpc.status.UNAVAILABLE, details: 'The server is shutting down.' });
  };
  openBatchAppends.add(end);

  call.on('data', (request: BatchAppendReq) => {
    if (!open) return;
    onRequest();
    const correlationId = request.getCorrelationId();
    const key = Buffer.from(correlationId?.serializeBinary() ?? []).toString('base64');
    const options = request.getOptions();
    // As the server: options open an append (and are ignored once it is open); requests for an append it does not know
    // (never opened, or already answered) are dropped.
    if (options !== undefined && !pending.has(key)) pending.set(key, { options, proposed: [] });
    const append = pending.get(key);
    if (append === undefined) return;

    const streamName = streamNameOf(append.options.getStreamIdentifier());
    const answer = (response: BatchAppendResp): void => {
      pending.delete(key);
      // The server names the correlation id and the stream in every answer; the client reads both.
      call.write(response.setCorrelationId(correlationId).setStreamIdentifier(streamIdentifier(streamName)));
    };
    for (const message of request.getProposedMessagesList()) {
      const event = toProposedEvent(message);
      if ('missing' in event) return answer(badRequest(`Missing required metadata: ${event.missing.join(', ')}.`));
      append.proposed.push(event);
    }
    if (!request.getIsFinal()) return;
    const expected = toBatchExpectedRevision(append.options);
    if (expected === undefined) return answer(badRequest('No expected stream revision was given.'));
    answer(toBatchAppendResp(log.append(streamName, expected, append.proposed)));
  });
  // The client ended its side: every append it finished has been answered (each as its final request arrived).
  call.on('end', () => {
    if (!open) return;
    stop();
    call.end();
  });
  // The client went away (cancelled, disposed, connection lost), or end() above: nothing more to answer.
  call.on('cancelled', stop);
  call.on('error', stop);
}

function toBatchExpectedRevision(options: BatchAppendReq.Options): ExpectedRevision | undefined {
  const Case = BatchAppendReq.Options.ExpectedStreamPositionCase;
  switch (options.getExpectedStreamPositionCase()) {
    case Case.ANY:
      return { kind: 'any' };
    case Case.NO_STREAM:
      return { kind: 'no_stream' };
    case Case.STREAM_EXISTS:
      return { kind: 'stream_exists' };
    case Case.STREAM_POSITION:
      return { kind: 'revision', revision: BigInt(options.getStreamPosition()) };
    default:
      return undefined;
  }
}

function toBatchAppendResp(outcome: AppendOutcome): BatchAppendResp {
  if (outcome.kind === 'success') {
    const success = new BatchAppendResp.Success();
    if (outcome.currentRevision < 0) success.setNoStream(new ProtobufEmpty());
    else success.setCurrentRevision(String(outcome.currentRevision));
    if (outcome.position === undefined) success.setNoPosition(new ProtobufEmpty());
    else {
      const position = String(outcome.position);
      success.setPosition(new AllStreamPosition().setCommitPosition(position).setPreparePosition(position));
    }
    return new BatchAppendResp().setSuccess(success);
  }
  // As the server (its Status.WrongExpectedVersion): a google.rpc.Status in the answer, not an error status of the call.
  // The client unpacks the details into WrongExpectedVersionError.
  const wrong = new WrongExpectedVersion();
  if (outcome.currentRevision < 0) wrong.setCurrentNoStream(new ProtobufEmpty());
  else wrong.setCurrentStreamRevision(String(outcome.currentRevision));
  const expected = outcome.expected;
  switch (expected.kind) {
    case 'any':
      wrong.setExpectedAny(new ProtobufEmpty());
      break;
    case 'no_stream':
      wrong.setExpectedNoStream(new ProtobufEmpty());
      break;
    case 'stream_exists':
      wrong.setExpectedStreamExists(new ProtobufEmpty());
      break;
    case 'revision':
      wrong.setExpectedStreamPosition(expected.revision.toString());
      break;
  }
  return new BatchAppendResp().setError(
    rpcStatus(Code.ALREADY_EXISTS, 'WrongExpectedVersion', wrong, 'event_store.client.WrongExpectedVersion'),
  );
}

/** As the server answers a request it cannot take (its Status.BadRequest); the client reports it as UnknownError. */
function badRequest(message: string): BatchAppendResp {
  const details = new BadRequest().setMessage(message);
  return new BatchAppendResp().setError(
    rpcStatus(Code.INVALID_ARGUMENT, 'BadRequest', details, 'event_store.client.BadRequest'),
  );
}

/** A google.rpc.Status whose details are packed as .NET's Any.Pack does (type URL prefix type.googleapis.com/). */
function rpcStatus(code: Code, message: string, details: WrongExpectedVersion | BadRequest, typeName: string): Status {
  const packed = new Any();
  packed.pack(details.serializeBinary(), typeName, 'type.googleapis.com/');
  return new Status().setCode(code).setMessage(message).setDetails(packed);
}

// ---------------------------------------------------------------------------------------------------------------------
// Streams/Read on one stream: a read (events, then the end of the call) or a subscription (confirmation, stored events,
// caught-up, then live events until the client cancels or the stand-in closes).

function handleRead(
  log: InMemoryLog,
  openSubscriptions: Set<() => void>,
  call: grpc.ServerWritableStream<ReadReq, ReadResp>,
): void {
  const options = call.request.getOptions();
  const streamOptions = options?.getStream();
  if (options === undefined || streamOptions === undefined) {
    // Reading or subscribing to $all is not stood in for.
    call.emit('error', { code: grpc.status.UNIMPLEMENTED, details: 'The stand-in only reads single streams.' });
    return;
  }
  const streamName = streamNameOf(streamOptions.getStreamIdentifier());
  if (options.hasSubscription()) subscribe(log, openSubscriptions, call, streamName, streamOptions);
  else readOnce(log, call, streamName, options, streamOptions);
}

function readOnce(
  log: InMemoryLog,
  call: grpc.ServerWritableStream<ReadReq, ReadResp>,
  streamName: string,
  options: ReadReq.Options,
  streamOptions: ReadReq.Options.StreamOptions,
): void {
  const events = log.read(streamName);
  if (events === undefined) {
    // A message, not an error status: the client turns it into StreamNotFoundError.
    const notFound = new ReadResp.StreamNotFound().setStreamIdentifier(streamIdentifier(streamName));
    call.write(new ReadResp().setStreamNotFound(notFound));
    call.end();
    return;
  }
  // uint64 as a decimal string; Number() is exact up to 2^53, and the client's "no limit" is 2^53 - 1.
  const maxCount = Number(options.getCount());
  const last = events.length - 1;
  let selected: readonly StoredEvent[];
  if (options.getReadDirection() === ReadReq.Options.ReadDirection.BACKWARDS) {
    // From a revision past the end, a backwards read starts at the last event.
    const from = Math.min(startRevision(streamOptions, { start: 0, end: last }), last);
    selected = events
      .slice(0, from + 1)
      .reverse()
      .slice(0, maxCount);
  } else {
    const from = startRevision(streamOptions, { start: 0, end: events.length });
    selected = events.slice(from, from + maxCount);
  }
  for (const event of selected) call.write(toReadResp(event));
  call.end();
}

function subscribe(
  log: InMemoryLog,
  openSubscriptions: Set<() => void>,
  call: grpc.ServerWritableStream<ReadReq, ReadResp>,
  streamName: string,
  streamOptions: ReadReq.Options.StreamOptions,
): void {
  // EventStoreDB's subscription start is exclusive: from revision R the first event sent is R + 1; from END, the first
  // event appended after subscribing (revision 0 when the stream does not exist yet).
  const afterRevision = startRevision(streamOptions, { start: -1, end: (log.read(streamName)?.length ?? 0) - 1 });

  call.write(new ReadResp().setConfirmation(new ReadResp.SubscriptionConfirmation().setSubscriptionId(randomUUID())));
  const subscription = log.subscribe(streamName, afterRevision, (event) => call.write(toReadResp(event)));
  for (const event of subscription.backlog) call.write(toReadResp(event));
  call.write(new ReadResp().setCaughtUp(new ReadResp.CaughtUp()));

  let open = true;
  const stop = (): void => {
    if (!open) return;
    open = false;
    subscription.stop();
    openSubscriptions.delete(end);
  };
  const end = (): void => {
    stop();
    call.end(); // status OK: the client's subscription ends without an error
  };
  openSubscriptions.add(end);
  // The client unsubscribed or disposed: the call is already over, only the listener must go.
  call.on('cancelled', stop);
  call.on('error', stop);
}

/** Where a read or subscription starts, as a revision, given what START and END stand for in that request. */
function startRevision(
  streamOptions: ReadReq.Options.StreamOptions,
  meaning: { readonly start: number; readonly end: number },
): number {
  switch (streamOptions.getRevisionOptionCase()) {
    case ReadReq.Options.StreamOptions.RevisionOptionCase.REVISION:
      // uint64 as a decimal string; Number() is exact up to 2^53, far past any stream here.
      return Number(streamOptions.getRevision());
    case ReadReq.Options.StreamOptions.RevisionOptionCase.END:
      return meaning.end;
    default:
      return meaning.start;
  }
}

function toReadResp(event: StoredEvent): ReadResp {
  const position = String(event.position);
  const recorded = new ReadResp.ReadEvent.RecordedEvent()
    // The client asks for ids in string form; the structured form is not stood in for.
    .setId(new UUID().setString(event.id))
    .setStreamIdentifier(streamIdentifier(event.streamName))
    .setStreamRevision(String(event.revision))
    .setCommitPosition(position)
    .setPreparePosition(position)
    .setData(event.data)
    .setCustomMetadata(event.customMetadata);
  const metadata = recorded.getMetadataMap();
  metadata.set('type', event.type);
  metadata.set('content-type', event.contentType);
  metadata.set('created', event.created);
  return new ReadResp().setEvent(new ReadResp.ReadEvent().setEvent(recorded).setCommitPosition(position));
}

// ---------------------------------------------------------------------------------------------------------------------

function streamNameOf(identifier: StreamIdentifier | undefined): string {
  return Buffer.from(identifier?.getStreamName_asU8() ?? new Uint8Array()).toString('utf8');
}

function streamIdentifier(streamName: string): StreamIdentifier {
  return new StreamIdentifier().setStreamName(Buffer.from(streamName, 'utf8'));
}

function invalidArgument(details: string): Partial<grpc.StatusObject> {
  return { code: grpc.status.INVALID_ARGUMENT, details };
}

/** As the server reports it: the client reads the trailers into RequiredMetadataPropertyMissingError. */
function missingMetadata(missing: readonly string[]): Partial<grpc.StatusObject> {
  const metadata = new grpc.Metadata();
  metadata.set('exception', 'missing-required-metadata-property');
  metadata.set('required-metadata-properties', missing.join(','));
  return { code: grpc.status.INVALID_ARGUMENT, details: `Missing required metadata: ${missing.join(', ')}.`, metadata };
}
