/** An event as a decider emits it (the event store's shape, restated: domain/ imports nothing impure). */
export type DomainEvent<Type extends string = string, Data extends Record<string, unknown> = Record<string, unknown>> = { type: Type; data: Data };
