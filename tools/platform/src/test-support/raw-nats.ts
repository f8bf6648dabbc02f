// A minimal NATS client speaking the text protocol over a TCP socket: nothing of
// nats.js (the project's own client), so a permission test through it shows what
// the server allows to anyone who can write bytes, not what our client library
// happens to send. Verbose mode: the server answers every CONNECT, PUB, SUB and
// UNSUB with +OK, or -ERR when the permissions refuse it, in order.
// https://docs.nats.io/reference/reference-protocols/nats-protocol
import { connect as tcp, type Socket } from 'node:net';

export type RawMsg = { subject: string; sid: string; reply: string | undefined; headers: string; data: Buffer };
/** 'ok', or the server's -ERR text (e.g. `Permissions Violation for Publish to "x"`). */
export type Outcome = 'ok' | string;

type Waiter = { resolve: (outcome: Outcome) => void; reject: (error: Error) => void };

export class RawNatsClient {
  private buffer = Buffer.alloc(0);
  private readonly acks: Waiter[] = [];
  private readonly pongs: Waiter[] = [];
  private readonly subscriptions = new Map<string, (msg: RawMsg) => void>();
  private nextSid = 1;
  private failure: Error | undefined;

  private constructor(private readonly socket: Socket, readonly inbox: string) {
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', (error) => this.fail(error));
    socket.on('close', () => this.fail(new Error('connection closed')));
  }

  /** Connects as `user`; rejects with the server's -ERR (e.g. Authorization Violation). */
  static async connect(port: number, user: string, pass: string): Promise<RawNatsClient> {
    const socket = tcp({ host: '127.0.0.1', port });
    await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
    const client = new RawNatsClient(socket, `_INBOX_${user}.raw`);
    const connect = { verbose: true, pedantic: false, user, pass, name: `raw-${user}`, lang: 'raw', version: '0', protocol: 1, headers: true, no_responders: true };
    const outcome = await client.send(`CONNECT ${JSON.stringify(connect)}\r\n`);
    if (outcome !== 'ok') throw new Error(outcome);
    await client.ping();
    return client;
  }

  /** PUB; 'ok' once the server accepted it, or the -ERR text when it refused it. */
  pub(subject: string, payload: string | Buffer = '', reply?: string): Promise<Outcome> {
    const data = Buffer.from(payload);
    return this.send(Buffer.concat([Buffer.from(`PUB ${subject}${reply ? ` ${reply}` : ''} ${data.length}\r\n`), data, Buffer.from('\r\n')]));
  }

  /** SUB; the messages go to `onMsg`. */
  async sub(subject: string, onMsg: (msg: RawMsg) => void, queue?: string): Promise<{ outcome: Outcome; sid: string }> {
    const sid = String(this.nextSid++);
    this.subscriptions.set(sid, onMsg);
    const outcome = await this.send(`SUB ${subject}${queue ? ` ${queue}` : ''} ${sid}\r\n`);
    if (outcome !== 'ok') this.subscriptions.delete(sid);
    return { outcome, sid };
  }

  async unsub(sid: string): Promise<void> {
    this.subscriptions.delete(sid);
    await this.send(`UNSUB ${sid}\r\n`);
  }

  /** A request with a reply on this user's inbox: the first answer, or the -ERR text if the PUB was refused. */
  async request(subject: string, payload: string | Buffer = '', timeoutMs = 5_000): Promise<RawMsg | Outcome> {
    const reply = `${this.inbox}.${this.nextSid}`;
    let answer: (msg: RawMsg) => void = () => undefined;
    const answered = new Promise<RawMsg>((resolve) => (answer = resolve));
    const { outcome: subscribed, sid } = await this.sub(reply, (msg) => answer(msg));
    if (subscribed !== 'ok') return subscribed;
    try {
      const sent = await this.pub(subject, payload, reply);
      if (sent !== 'ok') return sent;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer on ${subject} in ${timeoutMs} ms`)), timeoutMs)));
      return await Promise.race([answered, timeout]).finally(() => clearTimeout(timer));
    } finally {
      await this.unsub(sid);
    }
  }

  /** A round trip: everything sent before has been processed by the server. */
  ping(): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.pongs.push({ resolve: () => resolve(), reject });
      this.socket.write('PING\r\n');
    });
  }

  close(): void {
    this.socket.destroy();
  }

  private send(bytes: string | Buffer): Promise<Outcome> {
    return new Promise((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.acks.push({ resolve, reject });
      this.socket.write(bytes);
    });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    // A ping in flight when the server closes the connection (a config reload dropping the user) fails too.
    for (const waiter of [...this.acks.splice(0), ...this.pongs.splice(0)]) waiter.reject(error);
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n');
      if (end < 0) return;
      const line = this.buffer.subarray(0, end).toString();
      const [op, ...args] = line.split(' ');
      if (op === 'MSG' || op === 'HMSG') {
        // MSG <subject> <sid> [reply] <size>; HMSG <subject> <sid> [reply] <header size> <total size>
        const sizes = op === 'MSG' ? 1 : 2;
        const total = Number(args.at(-1));
        if (this.buffer.length < end + 2 + total + 2) return;
        const body = this.buffer.subarray(end + 2, end + 2 + total);
        const headerSize = op === 'HMSG' ? Number(args.at(-2)) : 0;
        const [subject, sid] = args as [string, string];
        const reply = args.length - 2 - sizes === 1 ? args[2] : undefined;
        this.buffer = this.buffer.subarray(end + 2 + total + 2);
        this.subscriptions.get(sid)?.({ subject, sid, reply, headers: body.subarray(0, headerSize).toString(), data: Buffer.from(body.subarray(headerSize)) });
        continue;
      }
      this.buffer = this.buffer.subarray(end + 2);
      if (op === '+OK') this.acks.shift()?.resolve('ok');
      else if (op === '-ERR') {
        const text = line.slice(5).replace(/^'|'$/g, '');
        // A refused operation is answered in its turn; anything else ends the connection.
        if (/^Permissions Violation/i.test(text)) this.acks.shift()?.resolve(text);
        else this.fail(new Error(text));
      } else if (op === 'PING') this.socket.write('PONG\r\n');
      else if (op === 'PONG') this.pongs.shift()?.resolve('ok');
      // INFO: nothing to do.
    }
  }
}
