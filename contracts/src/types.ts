// Reflection (from descriptor.json) and the static codec (proto.js) of every message,
// looked up by fully-qualified name such as 'keywarden.oauth.v1.TokenRefreshed'.
import protobuf from 'protobufjs/light.js';
import descriptor from './generated/descriptor.json' with { type: 'json' };
import { keywarden, google } from './generated/proto.js';

export type ConversionOptions = protobuf.IConversionOptions;

// What pbjs generates for each message, as far as the codec needs it.
export type StaticMessage = {
  verify(object: Record<string, unknown>): string | null;
  fromObject(object: Record<string, unknown>): object;
  encode(message: object): protobuf.Writer;
  decode(data: Uint8Array): object;
  toObject(message: object, options: ConversionOptions): Record<string, unknown>;
};

export type MessageType = { fullName: string; reflection: protobuf.Type; codec: StaticMessage };

export const reflectionRoot: protobuf.Root = protobuf.Root.fromJSON(descriptor as protobuf.INamespace);
reflectionRoot.resolveAll();

const staticRoot: Record<string, unknown> = { keywarden, google };
const cache = new Map<string, MessageType>();

function staticMessage(fullName: string): StaticMessage | undefined {
  let node: unknown = staticRoot;
  for (const part of fullName.split('.')) {
    if (typeof node !== 'object' && typeof node !== 'function') return undefined;
    if (node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node !== 'function' || typeof (node as Partial<StaticMessage>).encode !== 'function') return undefined;
  return node as unknown as StaticMessage;
}

/** The message type of that fully-qualified name, or undefined when contracts do not define it. */
export function findMessageType(fullName: string): MessageType | undefined {
  const cached = cache.get(fullName);
  if (cached) return cached;
  const reflection = reflectionRoot.lookup(fullName.startsWith('.') ? fullName : `.${fullName}`);
  if (!(reflection instanceof protobuf.Type)) return undefined;
  const codec = staticMessage(reflection.fullName.slice(1));
  if (!codec) return undefined;
  const found = { fullName: reflection.fullName.slice(1), reflection, codec };
  cache.set(fullName, found);
  return found;
}

/** Every message type defined under the keywarden package, by fully-qualified name. */
export function allMessageTypes(): string[] {
  const names: string[] = [];
  const visit = (ns: protobuf.NamespaceBase): void => {
    for (const child of ns.nestedArray) {
      if (child instanceof protobuf.Type) names.push(child.fullName.slice(1));
      if (child instanceof protobuf.Namespace) visit(child);
    }
  };
  const kw = reflectionRoot.lookup('.keywarden');
  if (kw instanceof protobuf.Namespace) visit(kw);
  return names.sort();
}
