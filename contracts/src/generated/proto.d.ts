import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace keywarden. */
export namespace keywarden {

    /** Namespace common. */
    namespace common {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of an Actor.
             * @deprecated Use keywarden.common.v1.Actor.$Properties instead.
             */
            interface IActor extends keywarden.common.v1.Actor.$Properties {
            }

            /** Represents an Actor. */
            class Actor {

                /**
                 * Constructs a new Actor.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.common.v1.Actor.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Actor userId. */
                userId: string;

                /** Actor roles. */
                roles: string[];

                /** Actor organizationId. */
                organizationId: string;

                /** Actor organizationRole. */
                organizationRole: string;

                /** Actor scopes. */
                scopes: string[];

                /** Actor credential. */
                credential: string;

                /**
                 * Encodes the specified Actor message. Does not implicitly {@link keywarden.common.v1.Actor.verify|verify} messages.
                 * @param message Actor message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.common.v1.Actor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Actor message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.common.v1.Actor & keywarden.common.v1.Actor.$Shape} Actor
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.common.v1.Actor & keywarden.common.v1.Actor.$Shape;

                /**
                 * Verifies an Actor message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Actor message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Actor
                 */
                static fromObject(object: { [k: string]: any }): keywarden.common.v1.Actor;

                /**
                 * Creates a plain object from an Actor message. Also converts values to other types if specified.
                 * @param message Actor
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.common.v1.Actor, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Actor to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Actor {

                /** Properties of an Actor. */
                interface $Properties {

                    /** Actor userId */
                    userId?: (string|null);

                    /** Actor roles */
                    roles?: (string[]|null);

                    /** Actor organizationId */
                    organizationId?: (string|null);

                    /** Actor organizationRole */
                    organizationRole?: (string|null);

                    /** Actor scopes */
                    scopes?: (string[]|null);

                    /** Actor credential */
                    credential?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Actor. */
                type $Shape = keywarden.common.v1.Actor.$Properties;
            }
        }
    }

    /** Namespace deploy. */
    namespace deploy {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of an ApplicationRegistered.
             * @deprecated Use keywarden.deploy.v1.ApplicationRegistered.$Properties instead.
             */
            interface IApplicationRegistered extends keywarden.deploy.v1.ApplicationRegistered.$Properties {
            }

            /** Represents an ApplicationRegistered. */
            class ApplicationRegistered {

                /**
                 * Constructs a new ApplicationRegistered.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.deploy.v1.ApplicationRegistered.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ApplicationRegistered applicationId. */
                applicationId: string;

                /** ApplicationRegistered name. */
                name: string;

                /** ApplicationRegistered projectId. */
                projectId: string;

                /** ApplicationRegistered environment. */
                environment: string;

                /** ApplicationRegistered image. */
                image: string;

                /** ApplicationRegistered ports. */
                ports: number[];

                /** ApplicationRegistered replicas. */
                replicas: number;

                /** ApplicationRegistered webhookEnabled. */
                webhookEnabled: boolean;

                /** ApplicationRegistered autoDeploy. */
                autoDeploy: boolean;

                /** ApplicationRegistered webhookTokenFingerprint. */
                webhookTokenFingerprint: string;

                /** ApplicationRegistered actorUserId. */
                actorUserId: string;

                /**
                 * Encodes the specified ApplicationRegistered message. Does not implicitly {@link keywarden.deploy.v1.ApplicationRegistered.verify|verify} messages.
                 * @param message ApplicationRegistered message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.deploy.v1.ApplicationRegistered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ApplicationRegistered message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.deploy.v1.ApplicationRegistered & keywarden.deploy.v1.ApplicationRegistered.$Shape} ApplicationRegistered
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.deploy.v1.ApplicationRegistered & keywarden.deploy.v1.ApplicationRegistered.$Shape;

                /**
                 * Verifies an ApplicationRegistered message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an ApplicationRegistered message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ApplicationRegistered
                 */
                static fromObject(object: { [k: string]: any }): keywarden.deploy.v1.ApplicationRegistered;

                /**
                 * Creates a plain object from an ApplicationRegistered message. Also converts values to other types if specified.
                 * @param message ApplicationRegistered
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.deploy.v1.ApplicationRegistered, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ApplicationRegistered to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ApplicationRegistered {

                /** Properties of an ApplicationRegistered. */
                interface $Properties {

                    /** ApplicationRegistered applicationId */
                    applicationId?: (string|null);

                    /** ApplicationRegistered name */
                    name?: (string|null);

                    /** ApplicationRegistered projectId */
                    projectId?: (string|null);

                    /** ApplicationRegistered environment */
                    environment?: (string|null);

                    /** ApplicationRegistered image */
                    image?: (string|null);

                    /** ApplicationRegistered ports */
                    ports?: (number[]|null);

                    /** ApplicationRegistered replicas */
                    replicas?: (number|null);

                    /** ApplicationRegistered webhookEnabled */
                    webhookEnabled?: (boolean|null);

                    /** ApplicationRegistered autoDeploy */
                    autoDeploy?: (boolean|null);

                    /** ApplicationRegistered webhookTokenFingerprint */
                    webhookTokenFingerprint?: (string|null);

                    /** ApplicationRegistered actorUserId */
                    actorUserId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ApplicationRegistered. */
                type $Shape = keywarden.deploy.v1.ApplicationRegistered.$Properties;
            }

            /**
             * Properties of a WebhookTokenRegenerated.
             * @deprecated Use keywarden.deploy.v1.WebhookTokenRegenerated.$Properties instead.
             */
            interface IWebhookTokenRegenerated extends keywarden.deploy.v1.WebhookTokenRegenerated.$Properties {
            }

            /** Represents a WebhookTokenRegenerated. */
            class WebhookTokenRegenerated {

                /**
                 * Constructs a new WebhookTokenRegenerated.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.deploy.v1.WebhookTokenRegenerated.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** WebhookTokenRegenerated applicationId. */
                applicationId: string;

                /** WebhookTokenRegenerated webhookTokenFingerprint. */
                webhookTokenFingerprint: string;

                /** WebhookTokenRegenerated actorUserId. */
                actorUserId: string;

                /**
                 * Encodes the specified WebhookTokenRegenerated message. Does not implicitly {@link keywarden.deploy.v1.WebhookTokenRegenerated.verify|verify} messages.
                 * @param message WebhookTokenRegenerated message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.deploy.v1.WebhookTokenRegenerated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WebhookTokenRegenerated message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.deploy.v1.WebhookTokenRegenerated & keywarden.deploy.v1.WebhookTokenRegenerated.$Shape} WebhookTokenRegenerated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.deploy.v1.WebhookTokenRegenerated & keywarden.deploy.v1.WebhookTokenRegenerated.$Shape;

                /**
                 * Verifies a WebhookTokenRegenerated message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a WebhookTokenRegenerated message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns WebhookTokenRegenerated
                 */
                static fromObject(object: { [k: string]: any }): keywarden.deploy.v1.WebhookTokenRegenerated;

                /**
                 * Creates a plain object from a WebhookTokenRegenerated message. Also converts values to other types if specified.
                 * @param message WebhookTokenRegenerated
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.deploy.v1.WebhookTokenRegenerated, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this WebhookTokenRegenerated to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace WebhookTokenRegenerated {

                /** Properties of a WebhookTokenRegenerated. */
                interface $Properties {

                    /** WebhookTokenRegenerated applicationId */
                    applicationId?: (string|null);

                    /** WebhookTokenRegenerated webhookTokenFingerprint */
                    webhookTokenFingerprint?: (string|null);

                    /** WebhookTokenRegenerated actorUserId */
                    actorUserId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a WebhookTokenRegenerated. */
                type $Shape = keywarden.deploy.v1.WebhookTokenRegenerated.$Properties;
            }

            /**
             * Properties of a WebhookRejected.
             * @deprecated Use keywarden.deploy.v1.WebhookRejected.$Properties instead.
             */
            interface IWebhookRejected extends keywarden.deploy.v1.WebhookRejected.$Properties {
            }

            /** Represents a WebhookRejected. */
            class WebhookRejected {

                /**
                 * Constructs a new WebhookRejected.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.deploy.v1.WebhookRejected.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** WebhookRejected applicationId. */
                applicationId: string;

                /** WebhookRejected applicationRef. */
                applicationRef: string;

                /** WebhookRejected reason. */
                reason: string;

                /** WebhookRejected sourceAddress. */
                sourceAddress: string;

                /** WebhookRejected tokenPrefix. */
                tokenPrefix: string;

                /**
                 * Encodes the specified WebhookRejected message. Does not implicitly {@link keywarden.deploy.v1.WebhookRejected.verify|verify} messages.
                 * @param message WebhookRejected message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.deploy.v1.WebhookRejected.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WebhookRejected message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.deploy.v1.WebhookRejected & keywarden.deploy.v1.WebhookRejected.$Shape} WebhookRejected
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.deploy.v1.WebhookRejected & keywarden.deploy.v1.WebhookRejected.$Shape;

                /**
                 * Verifies a WebhookRejected message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a WebhookRejected message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns WebhookRejected
                 */
                static fromObject(object: { [k: string]: any }): keywarden.deploy.v1.WebhookRejected;

                /**
                 * Creates a plain object from a WebhookRejected message. Also converts values to other types if specified.
                 * @param message WebhookRejected
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.deploy.v1.WebhookRejected, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this WebhookRejected to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace WebhookRejected {

                /** Properties of a WebhookRejected. */
                interface $Properties {

                    /** WebhookRejected applicationId */
                    applicationId?: (string|null);

                    /** WebhookRejected applicationRef */
                    applicationRef?: (string|null);

                    /** WebhookRejected reason */
                    reason?: (string|null);

                    /** WebhookRejected sourceAddress */
                    sourceAddress?: (string|null);

                    /** WebhookRejected tokenPrefix */
                    tokenPrefix?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a WebhookRejected. */
                type $Shape = keywarden.deploy.v1.WebhookRejected.$Properties;
            }

            /**
             * Properties of a DeploymentRequested.
             * @deprecated Use keywarden.deploy.v1.DeploymentRequested.$Properties instead.
             */
            interface IDeploymentRequested extends keywarden.deploy.v1.DeploymentRequested.$Properties {
            }

            /** Represents a DeploymentRequested. */
            class DeploymentRequested {

                /**
                 * Constructs a new DeploymentRequested.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.deploy.v1.DeploymentRequested.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DeploymentRequested deploymentId. */
                deploymentId: string;

                /** DeploymentRequested applicationId. */
                applicationId: string;

                /** DeploymentRequested applicationName. */
                applicationName: string;

                /** DeploymentRequested projectId. */
                projectId: string;

                /** DeploymentRequested environment. */
                environment: string;

                /** DeploymentRequested version. */
                version: string;

                /** DeploymentRequested trigger. */
                trigger: string;

                /** DeploymentRequested actorUserId. */
                actorUserId: string;

                /**
                 * Encodes the specified DeploymentRequested message. Does not implicitly {@link keywarden.deploy.v1.DeploymentRequested.verify|verify} messages.
                 * @param message DeploymentRequested message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.deploy.v1.DeploymentRequested.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeploymentRequested message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.deploy.v1.DeploymentRequested & keywarden.deploy.v1.DeploymentRequested.$Shape} DeploymentRequested
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.deploy.v1.DeploymentRequested & keywarden.deploy.v1.DeploymentRequested.$Shape;

                /**
                 * Verifies a DeploymentRequested message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DeploymentRequested message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DeploymentRequested
                 */
                static fromObject(object: { [k: string]: any }): keywarden.deploy.v1.DeploymentRequested;

                /**
                 * Creates a plain object from a DeploymentRequested message. Also converts values to other types if specified.
                 * @param message DeploymentRequested
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.deploy.v1.DeploymentRequested, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeploymentRequested to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DeploymentRequested {

                /** Properties of a DeploymentRequested. */
                interface $Properties {

                    /** DeploymentRequested deploymentId */
                    deploymentId?: (string|null);

                    /** DeploymentRequested applicationId */
                    applicationId?: (string|null);

                    /** DeploymentRequested applicationName */
                    applicationName?: (string|null);

                    /** DeploymentRequested projectId */
                    projectId?: (string|null);

                    /** DeploymentRequested environment */
                    environment?: (string|null);

                    /** DeploymentRequested version */
                    version?: (string|null);

                    /** DeploymentRequested trigger */
                    trigger?: (string|null);

                    /** DeploymentRequested actorUserId */
                    actorUserId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DeploymentRequested. */
                type $Shape = keywarden.deploy.v1.DeploymentRequested.$Properties;
            }

            /**
             * Properties of a DeploymentSucceeded.
             * @deprecated Use keywarden.deploy.v1.DeploymentSucceeded.$Properties instead.
             */
            interface IDeploymentSucceeded extends keywarden.deploy.v1.DeploymentSucceeded.$Properties {
            }

            /** Represents a DeploymentSucceeded. */
            class DeploymentSucceeded {

                /**
                 * Constructs a new DeploymentSucceeded.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.deploy.v1.DeploymentSucceeded.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DeploymentSucceeded deploymentId. */
                deploymentId: string;

                /** DeploymentSucceeded applicationId. */
                applicationId: string;

                /** DeploymentSucceeded applicationName. */
                applicationName: string;

                /** DeploymentSucceeded projectId. */
                projectId: string;

                /** DeploymentSucceeded environment. */
                environment: string;

                /** DeploymentSucceeded version. */
                version: string;

                /** DeploymentSucceeded trigger. */
                trigger: string;

                /** DeploymentSucceeded durationMs. */
                durationMs: number;

                /**
                 * Encodes the specified DeploymentSucceeded message. Does not implicitly {@link keywarden.deploy.v1.DeploymentSucceeded.verify|verify} messages.
                 * @param message DeploymentSucceeded message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.deploy.v1.DeploymentSucceeded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeploymentSucceeded message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.deploy.v1.DeploymentSucceeded & keywarden.deploy.v1.DeploymentSucceeded.$Shape} DeploymentSucceeded
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.deploy.v1.DeploymentSucceeded & keywarden.deploy.v1.DeploymentSucceeded.$Shape;

                /**
                 * Verifies a DeploymentSucceeded message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DeploymentSucceeded message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DeploymentSucceeded
                 */
                static fromObject(object: { [k: string]: any }): keywarden.deploy.v1.DeploymentSucceeded;

                /**
                 * Creates a plain object from a DeploymentSucceeded message. Also converts values to other types if specified.
                 * @param message DeploymentSucceeded
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.deploy.v1.DeploymentSucceeded, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeploymentSucceeded to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DeploymentSucceeded {

                /** Properties of a DeploymentSucceeded. */
                interface $Properties {

                    /** DeploymentSucceeded deploymentId */
                    deploymentId?: (string|null);

                    /** DeploymentSucceeded applicationId */
                    applicationId?: (string|null);

                    /** DeploymentSucceeded applicationName */
                    applicationName?: (string|null);

                    /** DeploymentSucceeded projectId */
                    projectId?: (string|null);

                    /** DeploymentSucceeded environment */
                    environment?: (string|null);

                    /** DeploymentSucceeded version */
                    version?: (string|null);

                    /** DeploymentSucceeded trigger */
                    trigger?: (string|null);

                    /** DeploymentSucceeded durationMs */
                    durationMs?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DeploymentSucceeded. */
                type $Shape = keywarden.deploy.v1.DeploymentSucceeded.$Properties;
            }

            /**
             * Properties of a DeploymentFailed.
             * @deprecated Use keywarden.deploy.v1.DeploymentFailed.$Properties instead.
             */
            interface IDeploymentFailed extends keywarden.deploy.v1.DeploymentFailed.$Properties {
            }

            /** Represents a DeploymentFailed. */
            class DeploymentFailed {

                /**
                 * Constructs a new DeploymentFailed.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.deploy.v1.DeploymentFailed.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DeploymentFailed deploymentId. */
                deploymentId: string;

                /** DeploymentFailed applicationId. */
                applicationId: string;

                /** DeploymentFailed applicationName. */
                applicationName: string;

                /** DeploymentFailed projectId. */
                projectId: string;

                /** DeploymentFailed environment. */
                environment: string;

                /** DeploymentFailed version. */
                version: string;

                /** DeploymentFailed trigger. */
                trigger: string;

                /** DeploymentFailed durationMs. */
                durationMs: number;

                /** DeploymentFailed stage. */
                stage: string;

                /** DeploymentFailed error. */
                error: string;

                /**
                 * Encodes the specified DeploymentFailed message. Does not implicitly {@link keywarden.deploy.v1.DeploymentFailed.verify|verify} messages.
                 * @param message DeploymentFailed message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.deploy.v1.DeploymentFailed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeploymentFailed message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.deploy.v1.DeploymentFailed & keywarden.deploy.v1.DeploymentFailed.$Shape} DeploymentFailed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.deploy.v1.DeploymentFailed & keywarden.deploy.v1.DeploymentFailed.$Shape;

                /**
                 * Verifies a DeploymentFailed message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DeploymentFailed message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DeploymentFailed
                 */
                static fromObject(object: { [k: string]: any }): keywarden.deploy.v1.DeploymentFailed;

                /**
                 * Creates a plain object from a DeploymentFailed message. Also converts values to other types if specified.
                 * @param message DeploymentFailed
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.deploy.v1.DeploymentFailed, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeploymentFailed to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DeploymentFailed {

                /** Properties of a DeploymentFailed. */
                interface $Properties {

                    /** DeploymentFailed deploymentId */
                    deploymentId?: (string|null);

                    /** DeploymentFailed applicationId */
                    applicationId?: (string|null);

                    /** DeploymentFailed applicationName */
                    applicationName?: (string|null);

                    /** DeploymentFailed projectId */
                    projectId?: (string|null);

                    /** DeploymentFailed environment */
                    environment?: (string|null);

                    /** DeploymentFailed version */
                    version?: (string|null);

                    /** DeploymentFailed trigger */
                    trigger?: (string|null);

                    /** DeploymentFailed durationMs */
                    durationMs?: (number|null);

                    /** DeploymentFailed stage */
                    stage?: (string|null);

                    /** DeploymentFailed error */
                    error?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DeploymentFailed. */
                type $Shape = keywarden.deploy.v1.DeploymentFailed.$Properties;
            }
        }
    }

    /** Namespace gitops. */
    namespace gitops {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a GitCredentialsSynced.
             * @deprecated Use keywarden.gitops.v1.GitCredentialsSynced.$Properties instead.
             */
            interface IGitCredentialsSynced extends keywarden.gitops.v1.GitCredentialsSynced.$Properties {
            }

            /** Represents a GitCredentialsSynced. */
            class GitCredentialsSynced {

                /**
                 * Constructs a new GitCredentialsSynced.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.gitops.v1.GitCredentialsSynced.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GitCredentialsSynced projectId. */
                projectId: string;

                /** GitCredentialsSynced organizationId. */
                organizationId: string;

                /** GitCredentialsSynced environment. */
                environment: string;

                /** GitCredentialsSynced namespace. */
                namespace: string;

                /** GitCredentialsSynced secretName. */
                secretName: string;

                /** GitCredentialsSynced accountId. */
                accountId: string;

                /** GitCredentialsSynced tokenGeneration. */
                tokenGeneration: number;

                /** GitCredentialsSynced tokenFingerprint. */
                tokenFingerprint: string;

                /** GitCredentialsSynced trigger. */
                trigger: string;

                /**
                 * Encodes the specified GitCredentialsSynced message. Does not implicitly {@link keywarden.gitops.v1.GitCredentialsSynced.verify|verify} messages.
                 * @param message GitCredentialsSynced message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.gitops.v1.GitCredentialsSynced.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GitCredentialsSynced message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.gitops.v1.GitCredentialsSynced & keywarden.gitops.v1.GitCredentialsSynced.$Shape} GitCredentialsSynced
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.gitops.v1.GitCredentialsSynced & keywarden.gitops.v1.GitCredentialsSynced.$Shape;

                /**
                 * Verifies a GitCredentialsSynced message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GitCredentialsSynced message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GitCredentialsSynced
                 */
                static fromObject(object: { [k: string]: any }): keywarden.gitops.v1.GitCredentialsSynced;

                /**
                 * Creates a plain object from a GitCredentialsSynced message. Also converts values to other types if specified.
                 * @param message GitCredentialsSynced
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.gitops.v1.GitCredentialsSynced, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GitCredentialsSynced to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace GitCredentialsSynced {

                /** Properties of a GitCredentialsSynced. */
                interface $Properties {

                    /** GitCredentialsSynced projectId */
                    projectId?: (string|null);

                    /** GitCredentialsSynced organizationId */
                    organizationId?: (string|null);

                    /** GitCredentialsSynced environment */
                    environment?: (string|null);

                    /** GitCredentialsSynced namespace */
                    namespace?: (string|null);

                    /** GitCredentialsSynced secretName */
                    secretName?: (string|null);

                    /** GitCredentialsSynced accountId */
                    accountId?: (string|null);

                    /** GitCredentialsSynced tokenGeneration */
                    tokenGeneration?: (number|null);

                    /** GitCredentialsSynced tokenFingerprint */
                    tokenFingerprint?: (string|null);

                    /** GitCredentialsSynced trigger */
                    trigger?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GitCredentialsSynced. */
                type $Shape = keywarden.gitops.v1.GitCredentialsSynced.$Properties;
            }

            /**
             * Properties of a GitCredentialsSyncFailed.
             * @deprecated Use keywarden.gitops.v1.GitCredentialsSyncFailed.$Properties instead.
             */
            interface IGitCredentialsSyncFailed extends keywarden.gitops.v1.GitCredentialsSyncFailed.$Properties {
            }

            /** Represents a GitCredentialsSyncFailed. */
            class GitCredentialsSyncFailed {

                /**
                 * Constructs a new GitCredentialsSyncFailed.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.gitops.v1.GitCredentialsSyncFailed.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GitCredentialsSyncFailed projectId. */
                projectId: string;

                /** GitCredentialsSyncFailed organizationId. */
                organizationId: string;

                /** GitCredentialsSyncFailed environment. */
                environment: string;

                /** GitCredentialsSyncFailed namespace. */
                namespace: string;

                /** GitCredentialsSyncFailed accountId. */
                accountId: string;

                /** GitCredentialsSyncFailed reason. */
                reason: string;

                /** GitCredentialsSyncFailed detail. */
                detail: string;

                /** GitCredentialsSyncFailed trigger. */
                trigger: string;

                /** GitCredentialsSyncFailed stale. */
                stale: boolean;

                /**
                 * Encodes the specified GitCredentialsSyncFailed message. Does not implicitly {@link keywarden.gitops.v1.GitCredentialsSyncFailed.verify|verify} messages.
                 * @param message GitCredentialsSyncFailed message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.gitops.v1.GitCredentialsSyncFailed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GitCredentialsSyncFailed message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.gitops.v1.GitCredentialsSyncFailed & keywarden.gitops.v1.GitCredentialsSyncFailed.$Shape} GitCredentialsSyncFailed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.gitops.v1.GitCredentialsSyncFailed & keywarden.gitops.v1.GitCredentialsSyncFailed.$Shape;

                /**
                 * Verifies a GitCredentialsSyncFailed message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GitCredentialsSyncFailed message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GitCredentialsSyncFailed
                 */
                static fromObject(object: { [k: string]: any }): keywarden.gitops.v1.GitCredentialsSyncFailed;

                /**
                 * Creates a plain object from a GitCredentialsSyncFailed message. Also converts values to other types if specified.
                 * @param message GitCredentialsSyncFailed
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.gitops.v1.GitCredentialsSyncFailed, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GitCredentialsSyncFailed to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace GitCredentialsSyncFailed {

                /** Properties of a GitCredentialsSyncFailed. */
                interface $Properties {

                    /** GitCredentialsSyncFailed projectId */
                    projectId?: (string|null);

                    /** GitCredentialsSyncFailed organizationId */
                    organizationId?: (string|null);

                    /** GitCredentialsSyncFailed environment */
                    environment?: (string|null);

                    /** GitCredentialsSyncFailed namespace */
                    namespace?: (string|null);

                    /** GitCredentialsSyncFailed accountId */
                    accountId?: (string|null);

                    /** GitCredentialsSyncFailed reason */
                    reason?: (string|null);

                    /** GitCredentialsSyncFailed detail */
                    detail?: (string|null);

                    /** GitCredentialsSyncFailed trigger */
                    trigger?: (string|null);

                    /** GitCredentialsSyncFailed stale */
                    stale?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GitCredentialsSyncFailed. */
                type $Shape = keywarden.gitops.v1.GitCredentialsSyncFailed.$Properties;
            }

            /**
             * Properties of a CredentialsReconcileCompleted.
             * @deprecated Use keywarden.gitops.v1.CredentialsReconcileCompleted.$Properties instead.
             */
            interface ICredentialsReconcileCompleted extends keywarden.gitops.v1.CredentialsReconcileCompleted.$Properties {
            }

            /** Represents a CredentialsReconcileCompleted. */
            class CredentialsReconcileCompleted {

                /**
                 * Constructs a new CredentialsReconcileCompleted.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.gitops.v1.CredentialsReconcileCompleted.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CredentialsReconcileCompleted runId. */
                runId: string;

                /** CredentialsReconcileCompleted trigger. */
                trigger: string;

                /** CredentialsReconcileCompleted projectId. */
                projectId: string;

                /** CredentialsReconcileCompleted projects. */
                projects: number;

                /** CredentialsReconcileCompleted refreshed. */
                refreshed: number;

                /** CredentialsReconcileCompleted failed. */
                failed: number;

                /** CredentialsReconcileCompleted driftFixed. */
                driftFixed: number;

                /** CredentialsReconcileCompleted durationMs. */
                durationMs: number;

                /** CredentialsReconcileCompleted completedAt. */
                completedAt?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Encodes the specified CredentialsReconcileCompleted message. Does not implicitly {@link keywarden.gitops.v1.CredentialsReconcileCompleted.verify|verify} messages.
                 * @param message CredentialsReconcileCompleted message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.gitops.v1.CredentialsReconcileCompleted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CredentialsReconcileCompleted message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.gitops.v1.CredentialsReconcileCompleted & keywarden.gitops.v1.CredentialsReconcileCompleted.$Shape} CredentialsReconcileCompleted
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.gitops.v1.CredentialsReconcileCompleted & keywarden.gitops.v1.CredentialsReconcileCompleted.$Shape;

                /**
                 * Verifies a CredentialsReconcileCompleted message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CredentialsReconcileCompleted message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CredentialsReconcileCompleted
                 */
                static fromObject(object: { [k: string]: any }): keywarden.gitops.v1.CredentialsReconcileCompleted;

                /**
                 * Creates a plain object from a CredentialsReconcileCompleted message. Also converts values to other types if specified.
                 * @param message CredentialsReconcileCompleted
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.gitops.v1.CredentialsReconcileCompleted, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CredentialsReconcileCompleted to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace CredentialsReconcileCompleted {

                /** Properties of a CredentialsReconcileCompleted. */
                interface $Properties {

                    /** CredentialsReconcileCompleted runId */
                    runId?: (string|null);

                    /** CredentialsReconcileCompleted trigger */
                    trigger?: (string|null);

                    /** CredentialsReconcileCompleted projectId */
                    projectId?: (string|null);

                    /** CredentialsReconcileCompleted projects */
                    projects?: (number|null);

                    /** CredentialsReconcileCompleted refreshed */
                    refreshed?: (number|null);

                    /** CredentialsReconcileCompleted failed */
                    failed?: (number|null);

                    /** CredentialsReconcileCompleted driftFixed */
                    driftFixed?: (number|null);

                    /** CredentialsReconcileCompleted durationMs */
                    durationMs?: (number|null);

                    /** CredentialsReconcileCompleted completedAt */
                    completedAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CredentialsReconcileCompleted. */
                type $Shape = keywarden.gitops.v1.CredentialsReconcileCompleted.$Properties;
            }

            /**
             * Properties of a ProjectCreated.
             * @deprecated Use keywarden.gitops.v1.ProjectCreated.$Properties instead.
             */
            interface IProjectCreated extends keywarden.gitops.v1.ProjectCreated.$Properties {
            }

            /** Represents a ProjectCreated. */
            class ProjectCreated {

                /**
                 * Constructs a new ProjectCreated.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.gitops.v1.ProjectCreated.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProjectCreated projectId. */
                projectId: string;

                /** ProjectCreated organizationId. */
                organizationId: string;

                /** ProjectCreated name. */
                name: string;

                /** ProjectCreated slug. */
                slug: string;

                /** ProjectCreated repositoryUrl. */
                repositoryUrl: string;

                /** ProjectCreated provider. */
                provider: string;

                /** ProjectCreated branch. */
                branch: string;

                /** ProjectCreated environments. */
                environments: string[];

                /** ProjectCreated actorUserId. */
                actorUserId: string;

                /**
                 * Encodes the specified ProjectCreated message. Does not implicitly {@link keywarden.gitops.v1.ProjectCreated.verify|verify} messages.
                 * @param message ProjectCreated message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.gitops.v1.ProjectCreated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProjectCreated message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.gitops.v1.ProjectCreated & keywarden.gitops.v1.ProjectCreated.$Shape} ProjectCreated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.gitops.v1.ProjectCreated & keywarden.gitops.v1.ProjectCreated.$Shape;

                /**
                 * Verifies a ProjectCreated message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ProjectCreated message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ProjectCreated
                 */
                static fromObject(object: { [k: string]: any }): keywarden.gitops.v1.ProjectCreated;

                /**
                 * Creates a plain object from a ProjectCreated message. Also converts values to other types if specified.
                 * @param message ProjectCreated
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.gitops.v1.ProjectCreated, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ProjectCreated to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ProjectCreated {

                /** Properties of a ProjectCreated. */
                interface $Properties {

                    /** ProjectCreated projectId */
                    projectId?: (string|null);

                    /** ProjectCreated organizationId */
                    organizationId?: (string|null);

                    /** ProjectCreated name */
                    name?: (string|null);

                    /** ProjectCreated slug */
                    slug?: (string|null);

                    /** ProjectCreated repositoryUrl */
                    repositoryUrl?: (string|null);

                    /** ProjectCreated provider */
                    provider?: (string|null);

                    /** ProjectCreated branch */
                    branch?: (string|null);

                    /** ProjectCreated environments */
                    environments?: (string[]|null);

                    /** ProjectCreated actorUserId */
                    actorUserId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProjectCreated. */
                type $Shape = keywarden.gitops.v1.ProjectCreated.$Properties;
            }

            /**
             * Properties of an EnvironmentAdded.
             * @deprecated Use keywarden.gitops.v1.EnvironmentAdded.$Properties instead.
             */
            interface IEnvironmentAdded extends keywarden.gitops.v1.EnvironmentAdded.$Properties {
            }

            /** Represents an EnvironmentAdded. */
            class EnvironmentAdded {

                /**
                 * Constructs a new EnvironmentAdded.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.gitops.v1.EnvironmentAdded.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EnvironmentAdded projectId. */
                projectId: string;

                /** EnvironmentAdded environment. */
                environment: string;

                /** EnvironmentAdded actorUserId. */
                actorUserId: string;

                /**
                 * Encodes the specified EnvironmentAdded message. Does not implicitly {@link keywarden.gitops.v1.EnvironmentAdded.verify|verify} messages.
                 * @param message EnvironmentAdded message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.gitops.v1.EnvironmentAdded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EnvironmentAdded message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.gitops.v1.EnvironmentAdded & keywarden.gitops.v1.EnvironmentAdded.$Shape} EnvironmentAdded
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.gitops.v1.EnvironmentAdded & keywarden.gitops.v1.EnvironmentAdded.$Shape;

                /**
                 * Verifies an EnvironmentAdded message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EnvironmentAdded message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EnvironmentAdded
                 */
                static fromObject(object: { [k: string]: any }): keywarden.gitops.v1.EnvironmentAdded;

                /**
                 * Creates a plain object from an EnvironmentAdded message. Also converts values to other types if specified.
                 * @param message EnvironmentAdded
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.gitops.v1.EnvironmentAdded, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EnvironmentAdded to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace EnvironmentAdded {

                /** Properties of an EnvironmentAdded. */
                interface $Properties {

                    /** EnvironmentAdded projectId */
                    projectId?: (string|null);

                    /** EnvironmentAdded environment */
                    environment?: (string|null);

                    /** EnvironmentAdded actorUserId */
                    actorUserId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EnvironmentAdded. */
                type $Shape = keywarden.gitops.v1.EnvironmentAdded.$Properties;
            }

            /**
             * Properties of an EnvironmentRemoved.
             * @deprecated Use keywarden.gitops.v1.EnvironmentRemoved.$Properties instead.
             */
            interface IEnvironmentRemoved extends keywarden.gitops.v1.EnvironmentRemoved.$Properties {
            }

            /** Represents an EnvironmentRemoved. */
            class EnvironmentRemoved {

                /**
                 * Constructs a new EnvironmentRemoved.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.gitops.v1.EnvironmentRemoved.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EnvironmentRemoved projectId. */
                projectId: string;

                /** EnvironmentRemoved environment. */
                environment: string;

                /** EnvironmentRemoved actorUserId. */
                actorUserId: string;

                /**
                 * Encodes the specified EnvironmentRemoved message. Does not implicitly {@link keywarden.gitops.v1.EnvironmentRemoved.verify|verify} messages.
                 * @param message EnvironmentRemoved message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.gitops.v1.EnvironmentRemoved.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EnvironmentRemoved message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.gitops.v1.EnvironmentRemoved & keywarden.gitops.v1.EnvironmentRemoved.$Shape} EnvironmentRemoved
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.gitops.v1.EnvironmentRemoved & keywarden.gitops.v1.EnvironmentRemoved.$Shape;

                /**
                 * Verifies an EnvironmentRemoved message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EnvironmentRemoved message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EnvironmentRemoved
                 */
                static fromObject(object: { [k: string]: any }): keywarden.gitops.v1.EnvironmentRemoved;

                /**
                 * Creates a plain object from an EnvironmentRemoved message. Also converts values to other types if specified.
                 * @param message EnvironmentRemoved
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.gitops.v1.EnvironmentRemoved, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EnvironmentRemoved to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace EnvironmentRemoved {

                /** Properties of an EnvironmentRemoved. */
                interface $Properties {

                    /** EnvironmentRemoved projectId */
                    projectId?: (string|null);

                    /** EnvironmentRemoved environment */
                    environment?: (string|null);

                    /** EnvironmentRemoved actorUserId */
                    actorUserId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EnvironmentRemoved. */
                type $Shape = keywarden.gitops.v1.EnvironmentRemoved.$Properties;
            }

            /**
             * Properties of a ProjectDeleted.
             * @deprecated Use keywarden.gitops.v1.ProjectDeleted.$Properties instead.
             */
            interface IProjectDeleted extends keywarden.gitops.v1.ProjectDeleted.$Properties {
            }

            /** Represents a ProjectDeleted. */
            class ProjectDeleted {

                /**
                 * Constructs a new ProjectDeleted.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.gitops.v1.ProjectDeleted.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProjectDeleted projectId. */
                projectId: string;

                /** ProjectDeleted slug. */
                slug: string;

                /** ProjectDeleted actorUserId. */
                actorUserId: string;

                /**
                 * Encodes the specified ProjectDeleted message. Does not implicitly {@link keywarden.gitops.v1.ProjectDeleted.verify|verify} messages.
                 * @param message ProjectDeleted message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.gitops.v1.ProjectDeleted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProjectDeleted message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.gitops.v1.ProjectDeleted & keywarden.gitops.v1.ProjectDeleted.$Shape} ProjectDeleted
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.gitops.v1.ProjectDeleted & keywarden.gitops.v1.ProjectDeleted.$Shape;

                /**
                 * Verifies a ProjectDeleted message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ProjectDeleted message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ProjectDeleted
                 */
                static fromObject(object: { [k: string]: any }): keywarden.gitops.v1.ProjectDeleted;

                /**
                 * Creates a plain object from a ProjectDeleted message. Also converts values to other types if specified.
                 * @param message ProjectDeleted
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.gitops.v1.ProjectDeleted, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ProjectDeleted to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ProjectDeleted {

                /** Properties of a ProjectDeleted. */
                interface $Properties {

                    /** ProjectDeleted projectId */
                    projectId?: (string|null);

                    /** ProjectDeleted slug */
                    slug?: (string|null);

                    /** ProjectDeleted actorUserId */
                    actorUserId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProjectDeleted. */
                type $Shape = keywarden.gitops.v1.ProjectDeleted.$Properties;
            }
        }
    }

    /** Namespace identity. */
    namespace identity {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a User.
             * @deprecated Use keywarden.identity.v1.User.$Properties instead.
             */
            interface IUser extends keywarden.identity.v1.User.$Properties {
            }

            /** Represents a User. */
            class User {

                /**
                 * Constructs a new User.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.User.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** User userId. */
                userId: string;

                /** User email. */
                email: string;

                /** User displayName. */
                displayName: string;

                /** User roles. */
                roles: string[];

                /** User status. */
                status: string;

                /** User createdAt. */
                createdAt?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Encodes the specified User message. Does not implicitly {@link keywarden.identity.v1.User.verify|verify} messages.
                 * @param message User message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.User.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a User message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.User & keywarden.identity.v1.User.$Shape} User
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.User & keywarden.identity.v1.User.$Shape;

                /**
                 * Verifies a User message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a User message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns User
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.User;

                /**
                 * Creates a plain object from a User message. Also converts values to other types if specified.
                 * @param message User
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.User, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this User to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace User {

                /** Properties of a User. */
                interface $Properties {

                    /** User userId */
                    userId?: (string|null);

                    /** User email */
                    email?: (string|null);

                    /** User displayName */
                    displayName?: (string|null);

                    /** User roles */
                    roles?: (string[]|null);

                    /** User status */
                    status?: (string|null);

                    /** User createdAt */
                    createdAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a User. */
                type $Shape = keywarden.identity.v1.User.$Properties;
            }

            /**
             * Properties of a ClientInfo.
             * @deprecated Use keywarden.identity.v1.ClientInfo.$Properties instead.
             */
            interface IClientInfo extends keywarden.identity.v1.ClientInfo.$Properties {
            }

            /** Represents a ClientInfo. */
            class ClientInfo {

                /**
                 * Constructs a new ClientInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.ClientInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ClientInfo ip. */
                ip: string;

                /** ClientInfo userAgent. */
                userAgent: string;

                /**
                 * Encodes the specified ClientInfo message. Does not implicitly {@link keywarden.identity.v1.ClientInfo.verify|verify} messages.
                 * @param message ClientInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.ClientInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ClientInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.ClientInfo & keywarden.identity.v1.ClientInfo.$Shape} ClientInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.ClientInfo & keywarden.identity.v1.ClientInfo.$Shape;

                /**
                 * Verifies a ClientInfo message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ClientInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ClientInfo
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.ClientInfo;

                /**
                 * Creates a plain object from a ClientInfo message. Also converts values to other types if specified.
                 * @param message ClientInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.ClientInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ClientInfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ClientInfo {

                /** Properties of a ClientInfo. */
                interface $Properties {

                    /** ClientInfo ip */
                    ip?: (string|null);

                    /** ClientInfo userAgent */
                    userAgent?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ClientInfo. */
                type $Shape = keywarden.identity.v1.ClientInfo.$Properties;
            }

            /**
             * Properties of a SessionTokens.
             * @deprecated Use keywarden.identity.v1.SessionTokens.$Properties instead.
             */
            interface ISessionTokens extends keywarden.identity.v1.SessionTokens.$Properties {
            }

            /** Represents a SessionTokens. */
            class SessionTokens {

                /**
                 * Constructs a new SessionTokens.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.SessionTokens.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SessionTokens sessionId. */
                sessionId: string;

                /** SessionTokens accessToken. */
                accessToken: string;

                /** SessionTokens accessTokenExpiresAt. */
                accessTokenExpiresAt?: (google.protobuf.Timestamp.$Properties|null);

                /** SessionTokens refreshToken. */
                refreshToken: string;

                /** SessionTokens refreshTokenExpiresAt. */
                refreshTokenExpiresAt?: (google.protobuf.Timestamp.$Properties|null);

                /** SessionTokens user. */
                user?: (keywarden.identity.v1.User.$Properties|null);

                /**
                 * Encodes the specified SessionTokens message. Does not implicitly {@link keywarden.identity.v1.SessionTokens.verify|verify} messages.
                 * @param message SessionTokens message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.SessionTokens.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SessionTokens message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.SessionTokens & keywarden.identity.v1.SessionTokens.$Shape} SessionTokens
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.SessionTokens & keywarden.identity.v1.SessionTokens.$Shape;

                /**
                 * Verifies a SessionTokens message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SessionTokens message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SessionTokens
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.SessionTokens;

                /**
                 * Creates a plain object from a SessionTokens message. Also converts values to other types if specified.
                 * @param message SessionTokens
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.SessionTokens, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SessionTokens to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SessionTokens {

                /** Properties of a SessionTokens. */
                interface $Properties {

                    /** SessionTokens sessionId */
                    sessionId?: (string|null);

                    /** SessionTokens accessToken */
                    accessToken?: (string|null);

                    /** SessionTokens accessTokenExpiresAt */
                    accessTokenExpiresAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** SessionTokens refreshToken */
                    refreshToken?: (string|null);

                    /** SessionTokens refreshTokenExpiresAt */
                    refreshTokenExpiresAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** SessionTokens user */
                    user?: (keywarden.identity.v1.User.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SessionTokens. */
                type $Shape = keywarden.identity.v1.SessionTokens.$Properties;
            }

            /**
             * Properties of a SignUpRequest.
             * @deprecated Use keywarden.identity.v1.SignUpRequest.$Properties instead.
             */
            interface ISignUpRequest extends keywarden.identity.v1.SignUpRequest.$Properties {
            }

            /** Represents a SignUpRequest. */
            class SignUpRequest {

                /**
                 * Constructs a new SignUpRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.SignUpRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SignUpRequest email. */
                email: string;

                /** SignUpRequest password. */
                password: string;

                /** SignUpRequest displayName. */
                displayName: string;

                /** SignUpRequest client. */
                client?: (keywarden.identity.v1.ClientInfo.$Properties|null);

                /**
                 * Encodes the specified SignUpRequest message. Does not implicitly {@link keywarden.identity.v1.SignUpRequest.verify|verify} messages.
                 * @param message SignUpRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.SignUpRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SignUpRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.SignUpRequest & keywarden.identity.v1.SignUpRequest.$Shape} SignUpRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.SignUpRequest & keywarden.identity.v1.SignUpRequest.$Shape;

                /**
                 * Verifies a SignUpRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SignUpRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SignUpRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.SignUpRequest;

                /**
                 * Creates a plain object from a SignUpRequest message. Also converts values to other types if specified.
                 * @param message SignUpRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.SignUpRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SignUpRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SignUpRequest {

                /** Properties of a SignUpRequest. */
                interface $Properties {

                    /** SignUpRequest email */
                    email?: (string|null);

                    /** SignUpRequest password */
                    password?: (string|null);

                    /** SignUpRequest displayName */
                    displayName?: (string|null);

                    /** SignUpRequest client */
                    client?: (keywarden.identity.v1.ClientInfo.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SignUpRequest. */
                type $Shape = keywarden.identity.v1.SignUpRequest.$Properties;
            }

            /**
             * Properties of a SignUpResponse.
             * @deprecated Use keywarden.identity.v1.SignUpResponse.$Properties instead.
             */
            interface ISignUpResponse extends keywarden.identity.v1.SignUpResponse.$Properties {
            }

            /** Represents a SignUpResponse. */
            class SignUpResponse {

                /**
                 * Constructs a new SignUpResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.SignUpResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SignUpResponse user. */
                user?: (keywarden.identity.v1.User.$Properties|null);

                /**
                 * Encodes the specified SignUpResponse message. Does not implicitly {@link keywarden.identity.v1.SignUpResponse.verify|verify} messages.
                 * @param message SignUpResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.SignUpResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SignUpResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.SignUpResponse & keywarden.identity.v1.SignUpResponse.$Shape} SignUpResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.SignUpResponse & keywarden.identity.v1.SignUpResponse.$Shape;

                /**
                 * Verifies a SignUpResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SignUpResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SignUpResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.SignUpResponse;

                /**
                 * Creates a plain object from a SignUpResponse message. Also converts values to other types if specified.
                 * @param message SignUpResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.SignUpResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SignUpResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SignUpResponse {

                /** Properties of a SignUpResponse. */
                interface $Properties {

                    /** SignUpResponse user */
                    user?: (keywarden.identity.v1.User.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SignUpResponse. */
                type $Shape = keywarden.identity.v1.SignUpResponse.$Properties;
            }

            /**
             * Properties of a SignInRequest.
             * @deprecated Use keywarden.identity.v1.SignInRequest.$Properties instead.
             */
            interface ISignInRequest extends keywarden.identity.v1.SignInRequest.$Properties {
            }

            /** Represents a SignInRequest. */
            class SignInRequest {

                /**
                 * Constructs a new SignInRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.SignInRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SignInRequest email. */
                email: string;

                /** SignInRequest password. */
                password: string;

                /** SignInRequest client. */
                client?: (keywarden.identity.v1.ClientInfo.$Properties|null);

                /**
                 * Encodes the specified SignInRequest message. Does not implicitly {@link keywarden.identity.v1.SignInRequest.verify|verify} messages.
                 * @param message SignInRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.SignInRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SignInRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.SignInRequest & keywarden.identity.v1.SignInRequest.$Shape} SignInRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.SignInRequest & keywarden.identity.v1.SignInRequest.$Shape;

                /**
                 * Verifies a SignInRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SignInRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SignInRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.SignInRequest;

                /**
                 * Creates a plain object from a SignInRequest message. Also converts values to other types if specified.
                 * @param message SignInRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.SignInRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SignInRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SignInRequest {

                /** Properties of a SignInRequest. */
                interface $Properties {

                    /** SignInRequest email */
                    email?: (string|null);

                    /** SignInRequest password */
                    password?: (string|null);

                    /** SignInRequest client */
                    client?: (keywarden.identity.v1.ClientInfo.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SignInRequest. */
                type $Shape = keywarden.identity.v1.SignInRequest.$Properties;
            }

            /**
             * Properties of a SignInResponse.
             * @deprecated Use keywarden.identity.v1.SignInResponse.$Properties instead.
             */
            interface ISignInResponse extends keywarden.identity.v1.SignInResponse.$Properties {
            }

            /** Represents a SignInResponse. */
            class SignInResponse {

                /**
                 * Constructs a new SignInResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.SignInResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SignInResponse session. */
                session?: (keywarden.identity.v1.SessionTokens.$Properties|null);

                /**
                 * Encodes the specified SignInResponse message. Does not implicitly {@link keywarden.identity.v1.SignInResponse.verify|verify} messages.
                 * @param message SignInResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.SignInResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SignInResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.SignInResponse & keywarden.identity.v1.SignInResponse.$Shape} SignInResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.SignInResponse & keywarden.identity.v1.SignInResponse.$Shape;

                /**
                 * Verifies a SignInResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SignInResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SignInResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.SignInResponse;

                /**
                 * Creates a plain object from a SignInResponse message. Also converts values to other types if specified.
                 * @param message SignInResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.SignInResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SignInResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SignInResponse {

                /** Properties of a SignInResponse. */
                interface $Properties {

                    /** SignInResponse session */
                    session?: (keywarden.identity.v1.SessionTokens.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SignInResponse. */
                type $Shape = keywarden.identity.v1.SignInResponse.$Properties;
            }

            /**
             * Properties of a RefreshSessionRequest.
             * @deprecated Use keywarden.identity.v1.RefreshSessionRequest.$Properties instead.
             */
            interface IRefreshSessionRequest extends keywarden.identity.v1.RefreshSessionRequest.$Properties {
            }

            /** Represents a RefreshSessionRequest. */
            class RefreshSessionRequest {

                /**
                 * Constructs a new RefreshSessionRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.RefreshSessionRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RefreshSessionRequest refreshToken. */
                refreshToken: string;

                /** RefreshSessionRequest client. */
                client?: (keywarden.identity.v1.ClientInfo.$Properties|null);

                /**
                 * Encodes the specified RefreshSessionRequest message. Does not implicitly {@link keywarden.identity.v1.RefreshSessionRequest.verify|verify} messages.
                 * @param message RefreshSessionRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.RefreshSessionRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RefreshSessionRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.RefreshSessionRequest & keywarden.identity.v1.RefreshSessionRequest.$Shape} RefreshSessionRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.RefreshSessionRequest & keywarden.identity.v1.RefreshSessionRequest.$Shape;

                /**
                 * Verifies a RefreshSessionRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RefreshSessionRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RefreshSessionRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.RefreshSessionRequest;

                /**
                 * Creates a plain object from a RefreshSessionRequest message. Also converts values to other types if specified.
                 * @param message RefreshSessionRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.RefreshSessionRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RefreshSessionRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace RefreshSessionRequest {

                /** Properties of a RefreshSessionRequest. */
                interface $Properties {

                    /** RefreshSessionRequest refreshToken */
                    refreshToken?: (string|null);

                    /** RefreshSessionRequest client */
                    client?: (keywarden.identity.v1.ClientInfo.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RefreshSessionRequest. */
                type $Shape = keywarden.identity.v1.RefreshSessionRequest.$Properties;
            }

            /**
             * Properties of a RefreshSessionResponse.
             * @deprecated Use keywarden.identity.v1.RefreshSessionResponse.$Properties instead.
             */
            interface IRefreshSessionResponse extends keywarden.identity.v1.RefreshSessionResponse.$Properties {
            }

            /** Represents a RefreshSessionResponse. */
            class RefreshSessionResponse {

                /**
                 * Constructs a new RefreshSessionResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.RefreshSessionResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RefreshSessionResponse session. */
                session?: (keywarden.identity.v1.SessionTokens.$Properties|null);

                /**
                 * Encodes the specified RefreshSessionResponse message. Does not implicitly {@link keywarden.identity.v1.RefreshSessionResponse.verify|verify} messages.
                 * @param message RefreshSessionResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.RefreshSessionResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RefreshSessionResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.RefreshSessionResponse & keywarden.identity.v1.RefreshSessionResponse.$Shape} RefreshSessionResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.RefreshSessionResponse & keywarden.identity.v1.RefreshSessionResponse.$Shape;

                /**
                 * Verifies a RefreshSessionResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RefreshSessionResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RefreshSessionResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.RefreshSessionResponse;

                /**
                 * Creates a plain object from a RefreshSessionResponse message. Also converts values to other types if specified.
                 * @param message RefreshSessionResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.RefreshSessionResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RefreshSessionResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace RefreshSessionResponse {

                /** Properties of a RefreshSessionResponse. */
                interface $Properties {

                    /** RefreshSessionResponse session */
                    session?: (keywarden.identity.v1.SessionTokens.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RefreshSessionResponse. */
                type $Shape = keywarden.identity.v1.RefreshSessionResponse.$Properties;
            }

            /**
             * Properties of a SignOutRequest.
             * @deprecated Use keywarden.identity.v1.SignOutRequest.$Properties instead.
             */
            interface ISignOutRequest extends keywarden.identity.v1.SignOutRequest.$Properties {
            }

            /** Represents a SignOutRequest. */
            class SignOutRequest {

                /**
                 * Constructs a new SignOutRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.SignOutRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SignOutRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** SignOutRequest refreshToken. */
                refreshToken: string;

                /** SignOutRequest sessionId. */
                sessionId: string;

                /**
                 * Encodes the specified SignOutRequest message. Does not implicitly {@link keywarden.identity.v1.SignOutRequest.verify|verify} messages.
                 * @param message SignOutRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.SignOutRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SignOutRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.SignOutRequest & keywarden.identity.v1.SignOutRequest.$Shape} SignOutRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.SignOutRequest & keywarden.identity.v1.SignOutRequest.$Shape;

                /**
                 * Verifies a SignOutRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SignOutRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SignOutRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.SignOutRequest;

                /**
                 * Creates a plain object from a SignOutRequest message. Also converts values to other types if specified.
                 * @param message SignOutRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.SignOutRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SignOutRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SignOutRequest {

                /** Properties of a SignOutRequest. */
                interface $Properties {

                    /** SignOutRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** SignOutRequest refreshToken */
                    refreshToken?: (string|null);

                    /** SignOutRequest sessionId */
                    sessionId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SignOutRequest. */
                type $Shape = keywarden.identity.v1.SignOutRequest.$Properties;
            }

            /**
             * Properties of a SignOutResponse.
             * @deprecated Use keywarden.identity.v1.SignOutResponse.$Properties instead.
             */
            interface ISignOutResponse extends keywarden.identity.v1.SignOutResponse.$Properties {
            }

            /** Represents a SignOutResponse. */
            class SignOutResponse {

                /**
                 * Constructs a new SignOutResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.SignOutResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SignOutResponse revoked. */
                revoked: boolean;

                /**
                 * Encodes the specified SignOutResponse message. Does not implicitly {@link keywarden.identity.v1.SignOutResponse.verify|verify} messages.
                 * @param message SignOutResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.SignOutResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SignOutResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.SignOutResponse & keywarden.identity.v1.SignOutResponse.$Shape} SignOutResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.SignOutResponse & keywarden.identity.v1.SignOutResponse.$Shape;

                /**
                 * Verifies a SignOutResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SignOutResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SignOutResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.SignOutResponse;

                /**
                 * Creates a plain object from a SignOutResponse message. Also converts values to other types if specified.
                 * @param message SignOutResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.SignOutResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SignOutResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SignOutResponse {

                /** Properties of a SignOutResponse. */
                interface $Properties {

                    /** SignOutResponse revoked */
                    revoked?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SignOutResponse. */
                type $Shape = keywarden.identity.v1.SignOutResponse.$Properties;
            }

            /**
             * Properties of a GetMeRequest.
             * @deprecated Use keywarden.identity.v1.GetMeRequest.$Properties instead.
             */
            interface IGetMeRequest extends keywarden.identity.v1.GetMeRequest.$Properties {
            }

            /** Represents a GetMeRequest. */
            class GetMeRequest {

                /**
                 * Constructs a new GetMeRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.GetMeRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetMeRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /**
                 * Encodes the specified GetMeRequest message. Does not implicitly {@link keywarden.identity.v1.GetMeRequest.verify|verify} messages.
                 * @param message GetMeRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.GetMeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetMeRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.GetMeRequest & keywarden.identity.v1.GetMeRequest.$Shape} GetMeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.GetMeRequest & keywarden.identity.v1.GetMeRequest.$Shape;

                /**
                 * Verifies a GetMeRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetMeRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetMeRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.GetMeRequest;

                /**
                 * Creates a plain object from a GetMeRequest message. Also converts values to other types if specified.
                 * @param message GetMeRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.GetMeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetMeRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace GetMeRequest {

                /** Properties of a GetMeRequest. */
                interface $Properties {

                    /** GetMeRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetMeRequest. */
                type $Shape = keywarden.identity.v1.GetMeRequest.$Properties;
            }

            /**
             * Properties of a Membership.
             * @deprecated Use keywarden.identity.v1.Membership.$Properties instead.
             */
            interface IMembership extends keywarden.identity.v1.Membership.$Properties {
            }

            /** Represents a Membership. */
            class Membership {

                /**
                 * Constructs a new Membership.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.Membership.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Membership organizationId. */
                organizationId: string;

                /** Membership organizationName. */
                organizationName: string;

                /** Membership organizationSlug. */
                organizationSlug: string;

                /** Membership role. */
                role: string;

                /**
                 * Encodes the specified Membership message. Does not implicitly {@link keywarden.identity.v1.Membership.verify|verify} messages.
                 * @param message Membership message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.Membership.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Membership message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.Membership & keywarden.identity.v1.Membership.$Shape} Membership
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.Membership & keywarden.identity.v1.Membership.$Shape;

                /**
                 * Verifies a Membership message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Membership message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Membership
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.Membership;

                /**
                 * Creates a plain object from a Membership message. Also converts values to other types if specified.
                 * @param message Membership
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.Membership, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Membership to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Membership {

                /** Properties of a Membership. */
                interface $Properties {

                    /** Membership organizationId */
                    organizationId?: (string|null);

                    /** Membership organizationName */
                    organizationName?: (string|null);

                    /** Membership organizationSlug */
                    organizationSlug?: (string|null);

                    /** Membership role */
                    role?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Membership. */
                type $Shape = keywarden.identity.v1.Membership.$Properties;
            }

            /**
             * Properties of a GetMeResponse.
             * @deprecated Use keywarden.identity.v1.GetMeResponse.$Properties instead.
             */
            interface IGetMeResponse extends keywarden.identity.v1.GetMeResponse.$Properties {
            }

            /** Represents a GetMeResponse. */
            class GetMeResponse {

                /**
                 * Constructs a new GetMeResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.GetMeResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetMeResponse user. */
                user?: (keywarden.identity.v1.User.$Properties|null);

                /** GetMeResponse memberships. */
                memberships: keywarden.identity.v1.Membership.$Properties[];

                /**
                 * Encodes the specified GetMeResponse message. Does not implicitly {@link keywarden.identity.v1.GetMeResponse.verify|verify} messages.
                 * @param message GetMeResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.GetMeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetMeResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.GetMeResponse & keywarden.identity.v1.GetMeResponse.$Shape} GetMeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.GetMeResponse & keywarden.identity.v1.GetMeResponse.$Shape;

                /**
                 * Verifies a GetMeResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetMeResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetMeResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.GetMeResponse;

                /**
                 * Creates a plain object from a GetMeResponse message. Also converts values to other types if specified.
                 * @param message GetMeResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.GetMeResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetMeResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace GetMeResponse {

                /** Properties of a GetMeResponse. */
                interface $Properties {

                    /** GetMeResponse user */
                    user?: (keywarden.identity.v1.User.$Properties|null);

                    /** GetMeResponse memberships */
                    memberships?: (keywarden.identity.v1.Membership.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetMeResponse. */
                type $Shape = keywarden.identity.v1.GetMeResponse.$Properties;
            }

            /**
             * Properties of a ChangePasswordRequest.
             * @deprecated Use keywarden.identity.v1.ChangePasswordRequest.$Properties instead.
             */
            interface IChangePasswordRequest extends keywarden.identity.v1.ChangePasswordRequest.$Properties {
            }

            /** Represents a ChangePasswordRequest. */
            class ChangePasswordRequest {

                /**
                 * Constructs a new ChangePasswordRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.ChangePasswordRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ChangePasswordRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** ChangePasswordRequest currentPassword. */
                currentPassword: string;

                /** ChangePasswordRequest newPassword. */
                newPassword: string;

                /**
                 * Encodes the specified ChangePasswordRequest message. Does not implicitly {@link keywarden.identity.v1.ChangePasswordRequest.verify|verify} messages.
                 * @param message ChangePasswordRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.ChangePasswordRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ChangePasswordRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.ChangePasswordRequest & keywarden.identity.v1.ChangePasswordRequest.$Shape} ChangePasswordRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.ChangePasswordRequest & keywarden.identity.v1.ChangePasswordRequest.$Shape;

                /**
                 * Verifies a ChangePasswordRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ChangePasswordRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ChangePasswordRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.ChangePasswordRequest;

                /**
                 * Creates a plain object from a ChangePasswordRequest message. Also converts values to other types if specified.
                 * @param message ChangePasswordRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.ChangePasswordRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ChangePasswordRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ChangePasswordRequest {

                /** Properties of a ChangePasswordRequest. */
                interface $Properties {

                    /** ChangePasswordRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** ChangePasswordRequest currentPassword */
                    currentPassword?: (string|null);

                    /** ChangePasswordRequest newPassword */
                    newPassword?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ChangePasswordRequest. */
                type $Shape = keywarden.identity.v1.ChangePasswordRequest.$Properties;
            }

            /**
             * Properties of a ChangePasswordResponse.
             * @deprecated Use keywarden.identity.v1.ChangePasswordResponse.$Properties instead.
             */
            interface IChangePasswordResponse extends keywarden.identity.v1.ChangePasswordResponse.$Properties {
            }

            /** Represents a ChangePasswordResponse. */
            class ChangePasswordResponse {

                /**
                 * Constructs a new ChangePasswordResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.ChangePasswordResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ChangePasswordResponse revokedSessions. */
                revokedSessions: number;

                /** ChangePasswordResponse revokedPersonalAccessTokens. */
                revokedPersonalAccessTokens: number;

                /**
                 * Encodes the specified ChangePasswordResponse message. Does not implicitly {@link keywarden.identity.v1.ChangePasswordResponse.verify|verify} messages.
                 * @param message ChangePasswordResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.ChangePasswordResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ChangePasswordResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.ChangePasswordResponse & keywarden.identity.v1.ChangePasswordResponse.$Shape} ChangePasswordResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.ChangePasswordResponse & keywarden.identity.v1.ChangePasswordResponse.$Shape;

                /**
                 * Verifies a ChangePasswordResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ChangePasswordResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ChangePasswordResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.ChangePasswordResponse;

                /**
                 * Creates a plain object from a ChangePasswordResponse message. Also converts values to other types if specified.
                 * @param message ChangePasswordResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.ChangePasswordResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ChangePasswordResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ChangePasswordResponse {

                /** Properties of a ChangePasswordResponse. */
                interface $Properties {

                    /** ChangePasswordResponse revokedSessions */
                    revokedSessions?: (number|null);

                    /** ChangePasswordResponse revokedPersonalAccessTokens */
                    revokedPersonalAccessTokens?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ChangePasswordResponse. */
                type $Shape = keywarden.identity.v1.ChangePasswordResponse.$Properties;
            }

            /**
             * Properties of a ListUsersRequest.
             * @deprecated Use keywarden.identity.v1.ListUsersRequest.$Properties instead.
             */
            interface IListUsersRequest extends keywarden.identity.v1.ListUsersRequest.$Properties {
            }

            /** Represents a ListUsersRequest. */
            class ListUsersRequest {

                /**
                 * Constructs a new ListUsersRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.ListUsersRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListUsersRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** ListUsersRequest emailPrefix. */
                emailPrefix: string;

                /** ListUsersRequest limit. */
                limit: number;

                /** ListUsersRequest after. */
                after: string;

                /**
                 * Encodes the specified ListUsersRequest message. Does not implicitly {@link keywarden.identity.v1.ListUsersRequest.verify|verify} messages.
                 * @param message ListUsersRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.ListUsersRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListUsersRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.ListUsersRequest & keywarden.identity.v1.ListUsersRequest.$Shape} ListUsersRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.ListUsersRequest & keywarden.identity.v1.ListUsersRequest.$Shape;

                /**
                 * Verifies a ListUsersRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListUsersRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListUsersRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.ListUsersRequest;

                /**
                 * Creates a plain object from a ListUsersRequest message. Also converts values to other types if specified.
                 * @param message ListUsersRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.ListUsersRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListUsersRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ListUsersRequest {

                /** Properties of a ListUsersRequest. */
                interface $Properties {

                    /** ListUsersRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** ListUsersRequest emailPrefix */
                    emailPrefix?: (string|null);

                    /** ListUsersRequest limit */
                    limit?: (number|null);

                    /** ListUsersRequest after */
                    after?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListUsersRequest. */
                type $Shape = keywarden.identity.v1.ListUsersRequest.$Properties;
            }

            /**
             * Properties of a ListUsersResponse.
             * @deprecated Use keywarden.identity.v1.ListUsersResponse.$Properties instead.
             */
            interface IListUsersResponse extends keywarden.identity.v1.ListUsersResponse.$Properties {
            }

            /** Represents a ListUsersResponse. */
            class ListUsersResponse {

                /**
                 * Constructs a new ListUsersResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.ListUsersResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListUsersResponse users. */
                users: keywarden.identity.v1.User.$Properties[];

                /** ListUsersResponse next. */
                next: string;

                /**
                 * Encodes the specified ListUsersResponse message. Does not implicitly {@link keywarden.identity.v1.ListUsersResponse.verify|verify} messages.
                 * @param message ListUsersResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.ListUsersResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListUsersResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.ListUsersResponse & keywarden.identity.v1.ListUsersResponse.$Shape} ListUsersResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.ListUsersResponse & keywarden.identity.v1.ListUsersResponse.$Shape;

                /**
                 * Verifies a ListUsersResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListUsersResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListUsersResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.ListUsersResponse;

                /**
                 * Creates a plain object from a ListUsersResponse message. Also converts values to other types if specified.
                 * @param message ListUsersResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.ListUsersResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListUsersResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ListUsersResponse {

                /** Properties of a ListUsersResponse. */
                interface $Properties {

                    /** ListUsersResponse users */
                    users?: (keywarden.identity.v1.User.$Properties[]|null);

                    /** ListUsersResponse next */
                    next?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListUsersResponse. */
                type $Shape = keywarden.identity.v1.ListUsersResponse.$Properties;
            }

            /**
             * Properties of a DisableUserRequest.
             * @deprecated Use keywarden.identity.v1.DisableUserRequest.$Properties instead.
             */
            interface IDisableUserRequest extends keywarden.identity.v1.DisableUserRequest.$Properties {
            }

            /** Represents a DisableUserRequest. */
            class DisableUserRequest {

                /**
                 * Constructs a new DisableUserRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.DisableUserRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DisableUserRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** DisableUserRequest userId. */
                userId: string;

                /** DisableUserRequest reason. */
                reason: string;

                /**
                 * Encodes the specified DisableUserRequest message. Does not implicitly {@link keywarden.identity.v1.DisableUserRequest.verify|verify} messages.
                 * @param message DisableUserRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.DisableUserRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DisableUserRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.DisableUserRequest & keywarden.identity.v1.DisableUserRequest.$Shape} DisableUserRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.DisableUserRequest & keywarden.identity.v1.DisableUserRequest.$Shape;

                /**
                 * Verifies a DisableUserRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DisableUserRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DisableUserRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.DisableUserRequest;

                /**
                 * Creates a plain object from a DisableUserRequest message. Also converts values to other types if specified.
                 * @param message DisableUserRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.DisableUserRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DisableUserRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DisableUserRequest {

                /** Properties of a DisableUserRequest. */
                interface $Properties {

                    /** DisableUserRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** DisableUserRequest userId */
                    userId?: (string|null);

                    /** DisableUserRequest reason */
                    reason?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DisableUserRequest. */
                type $Shape = keywarden.identity.v1.DisableUserRequest.$Properties;
            }

            /**
             * Properties of a DisableUserResponse.
             * @deprecated Use keywarden.identity.v1.DisableUserResponse.$Properties instead.
             */
            interface IDisableUserResponse extends keywarden.identity.v1.DisableUserResponse.$Properties {
            }

            /** Represents a DisableUserResponse. */
            class DisableUserResponse {

                /**
                 * Constructs a new DisableUserResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.DisableUserResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DisableUserResponse user. */
                user?: (keywarden.identity.v1.User.$Properties|null);

                /**
                 * Encodes the specified DisableUserResponse message. Does not implicitly {@link keywarden.identity.v1.DisableUserResponse.verify|verify} messages.
                 * @param message DisableUserResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.DisableUserResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DisableUserResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.DisableUserResponse & keywarden.identity.v1.DisableUserResponse.$Shape} DisableUserResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.DisableUserResponse & keywarden.identity.v1.DisableUserResponse.$Shape;

                /**
                 * Verifies a DisableUserResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DisableUserResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DisableUserResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.DisableUserResponse;

                /**
                 * Creates a plain object from a DisableUserResponse message. Also converts values to other types if specified.
                 * @param message DisableUserResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.DisableUserResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DisableUserResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DisableUserResponse {

                /** Properties of a DisableUserResponse. */
                interface $Properties {

                    /** DisableUserResponse user */
                    user?: (keywarden.identity.v1.User.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DisableUserResponse. */
                type $Shape = keywarden.identity.v1.DisableUserResponse.$Properties;
            }

            /**
             * Properties of an EnableUserRequest.
             * @deprecated Use keywarden.identity.v1.EnableUserRequest.$Properties instead.
             */
            interface IEnableUserRequest extends keywarden.identity.v1.EnableUserRequest.$Properties {
            }

            /** Represents an EnableUserRequest. */
            class EnableUserRequest {

                /**
                 * Constructs a new EnableUserRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.EnableUserRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EnableUserRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** EnableUserRequest userId. */
                userId: string;

                /**
                 * Encodes the specified EnableUserRequest message. Does not implicitly {@link keywarden.identity.v1.EnableUserRequest.verify|verify} messages.
                 * @param message EnableUserRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.EnableUserRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EnableUserRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.EnableUserRequest & keywarden.identity.v1.EnableUserRequest.$Shape} EnableUserRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.EnableUserRequest & keywarden.identity.v1.EnableUserRequest.$Shape;

                /**
                 * Verifies an EnableUserRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EnableUserRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EnableUserRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.EnableUserRequest;

                /**
                 * Creates a plain object from an EnableUserRequest message. Also converts values to other types if specified.
                 * @param message EnableUserRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.EnableUserRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EnableUserRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace EnableUserRequest {

                /** Properties of an EnableUserRequest. */
                interface $Properties {

                    /** EnableUserRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** EnableUserRequest userId */
                    userId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EnableUserRequest. */
                type $Shape = keywarden.identity.v1.EnableUserRequest.$Properties;
            }

            /**
             * Properties of an EnableUserResponse.
             * @deprecated Use keywarden.identity.v1.EnableUserResponse.$Properties instead.
             */
            interface IEnableUserResponse extends keywarden.identity.v1.EnableUserResponse.$Properties {
            }

            /** Represents an EnableUserResponse. */
            class EnableUserResponse {

                /**
                 * Constructs a new EnableUserResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.EnableUserResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EnableUserResponse user. */
                user?: (keywarden.identity.v1.User.$Properties|null);

                /**
                 * Encodes the specified EnableUserResponse message. Does not implicitly {@link keywarden.identity.v1.EnableUserResponse.verify|verify} messages.
                 * @param message EnableUserResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.EnableUserResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EnableUserResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.EnableUserResponse & keywarden.identity.v1.EnableUserResponse.$Shape} EnableUserResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.EnableUserResponse & keywarden.identity.v1.EnableUserResponse.$Shape;

                /**
                 * Verifies an EnableUserResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EnableUserResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EnableUserResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.EnableUserResponse;

                /**
                 * Creates a plain object from an EnableUserResponse message. Also converts values to other types if specified.
                 * @param message EnableUserResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.EnableUserResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EnableUserResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace EnableUserResponse {

                /** Properties of an EnableUserResponse. */
                interface $Properties {

                    /** EnableUserResponse user */
                    user?: (keywarden.identity.v1.User.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EnableUserResponse. */
                type $Shape = keywarden.identity.v1.EnableUserResponse.$Properties;
            }

            /**
             * Properties of a PersonalAccessToken.
             * @deprecated Use keywarden.identity.v1.PersonalAccessToken.$Properties instead.
             */
            interface IPersonalAccessToken extends keywarden.identity.v1.PersonalAccessToken.$Properties {
            }

            /** Represents a PersonalAccessToken. */
            class PersonalAccessToken {

                /**
                 * Constructs a new PersonalAccessToken.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.PersonalAccessToken.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PersonalAccessToken tokenId. */
                tokenId: string;

                /** PersonalAccessToken name. */
                name: string;

                /** PersonalAccessToken description. */
                description: string;

                /** PersonalAccessToken scopes. */
                scopes: string[];

                /** PersonalAccessToken expiresAt. */
                expiresAt?: (google.protobuf.Timestamp.$Properties|null);

                /** PersonalAccessToken createdAt. */
                createdAt?: (google.protobuf.Timestamp.$Properties|null);

                /** PersonalAccessToken lastUsedAt. */
                lastUsedAt?: (google.protobuf.Timestamp.$Properties|null);

                /** PersonalAccessToken status. */
                status: string;

                /** PersonalAccessToken tokenFingerprint. */
                tokenFingerprint: string;

                /**
                 * Encodes the specified PersonalAccessToken message. Does not implicitly {@link keywarden.identity.v1.PersonalAccessToken.verify|verify} messages.
                 * @param message PersonalAccessToken message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.PersonalAccessToken.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PersonalAccessToken message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.PersonalAccessToken & keywarden.identity.v1.PersonalAccessToken.$Shape} PersonalAccessToken
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.PersonalAccessToken & keywarden.identity.v1.PersonalAccessToken.$Shape;

                /**
                 * Verifies a PersonalAccessToken message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PersonalAccessToken message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PersonalAccessToken
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.PersonalAccessToken;

                /**
                 * Creates a plain object from a PersonalAccessToken message. Also converts values to other types if specified.
                 * @param message PersonalAccessToken
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.PersonalAccessToken, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PersonalAccessToken to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace PersonalAccessToken {

                /** Properties of a PersonalAccessToken. */
                interface $Properties {

                    /** PersonalAccessToken tokenId */
                    tokenId?: (string|null);

                    /** PersonalAccessToken name */
                    name?: (string|null);

                    /** PersonalAccessToken description */
                    description?: (string|null);

                    /** PersonalAccessToken scopes */
                    scopes?: (string[]|null);

                    /** PersonalAccessToken expiresAt */
                    expiresAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** PersonalAccessToken createdAt */
                    createdAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** PersonalAccessToken lastUsedAt */
                    lastUsedAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** PersonalAccessToken status */
                    status?: (string|null);

                    /** PersonalAccessToken tokenFingerprint */
                    tokenFingerprint?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PersonalAccessToken. */
                type $Shape = keywarden.identity.v1.PersonalAccessToken.$Properties;
            }

            /**
             * Properties of a CreatePersonalAccessTokenRequest.
             * @deprecated Use keywarden.identity.v1.CreatePersonalAccessTokenRequest.$Properties instead.
             */
            interface ICreatePersonalAccessTokenRequest extends keywarden.identity.v1.CreatePersonalAccessTokenRequest.$Properties {
            }

            /** Represents a CreatePersonalAccessTokenRequest. */
            class CreatePersonalAccessTokenRequest {

                /**
                 * Constructs a new CreatePersonalAccessTokenRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.CreatePersonalAccessTokenRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CreatePersonalAccessTokenRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** CreatePersonalAccessTokenRequest name. */
                name: string;

                /** CreatePersonalAccessTokenRequest description. */
                description: string;

                /** CreatePersonalAccessTokenRequest scopes. */
                scopes: string[];

                /** CreatePersonalAccessTokenRequest expiresAt. */
                expiresAt?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Encodes the specified CreatePersonalAccessTokenRequest message. Does not implicitly {@link keywarden.identity.v1.CreatePersonalAccessTokenRequest.verify|verify} messages.
                 * @param message CreatePersonalAccessTokenRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.CreatePersonalAccessTokenRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreatePersonalAccessTokenRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.CreatePersonalAccessTokenRequest & keywarden.identity.v1.CreatePersonalAccessTokenRequest.$Shape} CreatePersonalAccessTokenRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.CreatePersonalAccessTokenRequest & keywarden.identity.v1.CreatePersonalAccessTokenRequest.$Shape;

                /**
                 * Verifies a CreatePersonalAccessTokenRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CreatePersonalAccessTokenRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreatePersonalAccessTokenRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.CreatePersonalAccessTokenRequest;

                /**
                 * Creates a plain object from a CreatePersonalAccessTokenRequest message. Also converts values to other types if specified.
                 * @param message CreatePersonalAccessTokenRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.CreatePersonalAccessTokenRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreatePersonalAccessTokenRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace CreatePersonalAccessTokenRequest {

                /** Properties of a CreatePersonalAccessTokenRequest. */
                interface $Properties {

                    /** CreatePersonalAccessTokenRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** CreatePersonalAccessTokenRequest name */
                    name?: (string|null);

                    /** CreatePersonalAccessTokenRequest description */
                    description?: (string|null);

                    /** CreatePersonalAccessTokenRequest scopes */
                    scopes?: (string[]|null);

                    /** CreatePersonalAccessTokenRequest expiresAt */
                    expiresAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CreatePersonalAccessTokenRequest. */
                type $Shape = keywarden.identity.v1.CreatePersonalAccessTokenRequest.$Properties;
            }

            /**
             * Properties of a CreatePersonalAccessTokenResponse.
             * @deprecated Use keywarden.identity.v1.CreatePersonalAccessTokenResponse.$Properties instead.
             */
            interface ICreatePersonalAccessTokenResponse extends keywarden.identity.v1.CreatePersonalAccessTokenResponse.$Properties {
            }

            /** Represents a CreatePersonalAccessTokenResponse. */
            class CreatePersonalAccessTokenResponse {

                /**
                 * Constructs a new CreatePersonalAccessTokenResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.CreatePersonalAccessTokenResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CreatePersonalAccessTokenResponse token. */
                token: string;

                /** CreatePersonalAccessTokenResponse personalAccessToken. */
                personalAccessToken?: (keywarden.identity.v1.PersonalAccessToken.$Properties|null);

                /**
                 * Encodes the specified CreatePersonalAccessTokenResponse message. Does not implicitly {@link keywarden.identity.v1.CreatePersonalAccessTokenResponse.verify|verify} messages.
                 * @param message CreatePersonalAccessTokenResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.CreatePersonalAccessTokenResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreatePersonalAccessTokenResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.CreatePersonalAccessTokenResponse & keywarden.identity.v1.CreatePersonalAccessTokenResponse.$Shape} CreatePersonalAccessTokenResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.CreatePersonalAccessTokenResponse & keywarden.identity.v1.CreatePersonalAccessTokenResponse.$Shape;

                /**
                 * Verifies a CreatePersonalAccessTokenResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CreatePersonalAccessTokenResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreatePersonalAccessTokenResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.CreatePersonalAccessTokenResponse;

                /**
                 * Creates a plain object from a CreatePersonalAccessTokenResponse message. Also converts values to other types if specified.
                 * @param message CreatePersonalAccessTokenResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.CreatePersonalAccessTokenResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreatePersonalAccessTokenResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace CreatePersonalAccessTokenResponse {

                /** Properties of a CreatePersonalAccessTokenResponse. */
                interface $Properties {

                    /** CreatePersonalAccessTokenResponse token */
                    token?: (string|null);

                    /** CreatePersonalAccessTokenResponse personalAccessToken */
                    personalAccessToken?: (keywarden.identity.v1.PersonalAccessToken.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CreatePersonalAccessTokenResponse. */
                type $Shape = keywarden.identity.v1.CreatePersonalAccessTokenResponse.$Properties;
            }

            /**
             * Properties of a ListPersonalAccessTokensRequest.
             * @deprecated Use keywarden.identity.v1.ListPersonalAccessTokensRequest.$Properties instead.
             */
            interface IListPersonalAccessTokensRequest extends keywarden.identity.v1.ListPersonalAccessTokensRequest.$Properties {
            }

            /** Represents a ListPersonalAccessTokensRequest. */
            class ListPersonalAccessTokensRequest {

                /**
                 * Constructs a new ListPersonalAccessTokensRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.ListPersonalAccessTokensRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListPersonalAccessTokensRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /**
                 * Encodes the specified ListPersonalAccessTokensRequest message. Does not implicitly {@link keywarden.identity.v1.ListPersonalAccessTokensRequest.verify|verify} messages.
                 * @param message ListPersonalAccessTokensRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.ListPersonalAccessTokensRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListPersonalAccessTokensRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.ListPersonalAccessTokensRequest & keywarden.identity.v1.ListPersonalAccessTokensRequest.$Shape} ListPersonalAccessTokensRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.ListPersonalAccessTokensRequest & keywarden.identity.v1.ListPersonalAccessTokensRequest.$Shape;

                /**
                 * Verifies a ListPersonalAccessTokensRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListPersonalAccessTokensRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListPersonalAccessTokensRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.ListPersonalAccessTokensRequest;

                /**
                 * Creates a plain object from a ListPersonalAccessTokensRequest message. Also converts values to other types if specified.
                 * @param message ListPersonalAccessTokensRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.ListPersonalAccessTokensRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListPersonalAccessTokensRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ListPersonalAccessTokensRequest {

                /** Properties of a ListPersonalAccessTokensRequest. */
                interface $Properties {

                    /** ListPersonalAccessTokensRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListPersonalAccessTokensRequest. */
                type $Shape = keywarden.identity.v1.ListPersonalAccessTokensRequest.$Properties;
            }

            /**
             * Properties of a ListPersonalAccessTokensResponse.
             * @deprecated Use keywarden.identity.v1.ListPersonalAccessTokensResponse.$Properties instead.
             */
            interface IListPersonalAccessTokensResponse extends keywarden.identity.v1.ListPersonalAccessTokensResponse.$Properties {
            }

            /** Represents a ListPersonalAccessTokensResponse. */
            class ListPersonalAccessTokensResponse {

                /**
                 * Constructs a new ListPersonalAccessTokensResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.ListPersonalAccessTokensResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListPersonalAccessTokensResponse personalAccessTokens. */
                personalAccessTokens: keywarden.identity.v1.PersonalAccessToken.$Properties[];

                /**
                 * Encodes the specified ListPersonalAccessTokensResponse message. Does not implicitly {@link keywarden.identity.v1.ListPersonalAccessTokensResponse.verify|verify} messages.
                 * @param message ListPersonalAccessTokensResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.ListPersonalAccessTokensResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListPersonalAccessTokensResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.ListPersonalAccessTokensResponse & keywarden.identity.v1.ListPersonalAccessTokensResponse.$Shape} ListPersonalAccessTokensResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.ListPersonalAccessTokensResponse & keywarden.identity.v1.ListPersonalAccessTokensResponse.$Shape;

                /**
                 * Verifies a ListPersonalAccessTokensResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListPersonalAccessTokensResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListPersonalAccessTokensResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.ListPersonalAccessTokensResponse;

                /**
                 * Creates a plain object from a ListPersonalAccessTokensResponse message. Also converts values to other types if specified.
                 * @param message ListPersonalAccessTokensResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.ListPersonalAccessTokensResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListPersonalAccessTokensResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ListPersonalAccessTokensResponse {

                /** Properties of a ListPersonalAccessTokensResponse. */
                interface $Properties {

                    /** ListPersonalAccessTokensResponse personalAccessTokens */
                    personalAccessTokens?: (keywarden.identity.v1.PersonalAccessToken.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListPersonalAccessTokensResponse. */
                type $Shape = keywarden.identity.v1.ListPersonalAccessTokensResponse.$Properties;
            }

            /**
             * Properties of a RevokePersonalAccessTokenRequest.
             * @deprecated Use keywarden.identity.v1.RevokePersonalAccessTokenRequest.$Properties instead.
             */
            interface IRevokePersonalAccessTokenRequest extends keywarden.identity.v1.RevokePersonalAccessTokenRequest.$Properties {
            }

            /** Represents a RevokePersonalAccessTokenRequest. */
            class RevokePersonalAccessTokenRequest {

                /**
                 * Constructs a new RevokePersonalAccessTokenRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.RevokePersonalAccessTokenRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RevokePersonalAccessTokenRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** RevokePersonalAccessTokenRequest tokenId. */
                tokenId: string;

                /**
                 * Encodes the specified RevokePersonalAccessTokenRequest message. Does not implicitly {@link keywarden.identity.v1.RevokePersonalAccessTokenRequest.verify|verify} messages.
                 * @param message RevokePersonalAccessTokenRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.RevokePersonalAccessTokenRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RevokePersonalAccessTokenRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.RevokePersonalAccessTokenRequest & keywarden.identity.v1.RevokePersonalAccessTokenRequest.$Shape} RevokePersonalAccessTokenRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.RevokePersonalAccessTokenRequest & keywarden.identity.v1.RevokePersonalAccessTokenRequest.$Shape;

                /**
                 * Verifies a RevokePersonalAccessTokenRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RevokePersonalAccessTokenRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RevokePersonalAccessTokenRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.RevokePersonalAccessTokenRequest;

                /**
                 * Creates a plain object from a RevokePersonalAccessTokenRequest message. Also converts values to other types if specified.
                 * @param message RevokePersonalAccessTokenRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.RevokePersonalAccessTokenRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RevokePersonalAccessTokenRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace RevokePersonalAccessTokenRequest {

                /** Properties of a RevokePersonalAccessTokenRequest. */
                interface $Properties {

                    /** RevokePersonalAccessTokenRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** RevokePersonalAccessTokenRequest tokenId */
                    tokenId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RevokePersonalAccessTokenRequest. */
                type $Shape = keywarden.identity.v1.RevokePersonalAccessTokenRequest.$Properties;
            }

            /**
             * Properties of a RevokePersonalAccessTokenResponse.
             * @deprecated Use keywarden.identity.v1.RevokePersonalAccessTokenResponse.$Properties instead.
             */
            interface IRevokePersonalAccessTokenResponse extends keywarden.identity.v1.RevokePersonalAccessTokenResponse.$Properties {
            }

            /** Represents a RevokePersonalAccessTokenResponse. */
            class RevokePersonalAccessTokenResponse {

                /**
                 * Constructs a new RevokePersonalAccessTokenResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.RevokePersonalAccessTokenResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RevokePersonalAccessTokenResponse personalAccessToken. */
                personalAccessToken?: (keywarden.identity.v1.PersonalAccessToken.$Properties|null);

                /**
                 * Encodes the specified RevokePersonalAccessTokenResponse message. Does not implicitly {@link keywarden.identity.v1.RevokePersonalAccessTokenResponse.verify|verify} messages.
                 * @param message RevokePersonalAccessTokenResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.RevokePersonalAccessTokenResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RevokePersonalAccessTokenResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.RevokePersonalAccessTokenResponse & keywarden.identity.v1.RevokePersonalAccessTokenResponse.$Shape} RevokePersonalAccessTokenResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.RevokePersonalAccessTokenResponse & keywarden.identity.v1.RevokePersonalAccessTokenResponse.$Shape;

                /**
                 * Verifies a RevokePersonalAccessTokenResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RevokePersonalAccessTokenResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RevokePersonalAccessTokenResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.RevokePersonalAccessTokenResponse;

                /**
                 * Creates a plain object from a RevokePersonalAccessTokenResponse message. Also converts values to other types if specified.
                 * @param message RevokePersonalAccessTokenResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.RevokePersonalAccessTokenResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RevokePersonalAccessTokenResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace RevokePersonalAccessTokenResponse {

                /** Properties of a RevokePersonalAccessTokenResponse. */
                interface $Properties {

                    /** RevokePersonalAccessTokenResponse personalAccessToken */
                    personalAccessToken?: (keywarden.identity.v1.PersonalAccessToken.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RevokePersonalAccessTokenResponse. */
                type $Shape = keywarden.identity.v1.RevokePersonalAccessTokenResponse.$Properties;
            }

            /**
             * Properties of a VerifyPersonalAccessTokenRequest.
             * @deprecated Use keywarden.identity.v1.VerifyPersonalAccessTokenRequest.$Properties instead.
             */
            interface IVerifyPersonalAccessTokenRequest extends keywarden.identity.v1.VerifyPersonalAccessTokenRequest.$Properties {
            }

            /** Represents a VerifyPersonalAccessTokenRequest. */
            class VerifyPersonalAccessTokenRequest {

                /**
                 * Constructs a new VerifyPersonalAccessTokenRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.VerifyPersonalAccessTokenRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** VerifyPersonalAccessTokenRequest tokenHash. */
                tokenHash: string;

                /**
                 * Encodes the specified VerifyPersonalAccessTokenRequest message. Does not implicitly {@link keywarden.identity.v1.VerifyPersonalAccessTokenRequest.verify|verify} messages.
                 * @param message VerifyPersonalAccessTokenRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.VerifyPersonalAccessTokenRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a VerifyPersonalAccessTokenRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.VerifyPersonalAccessTokenRequest & keywarden.identity.v1.VerifyPersonalAccessTokenRequest.$Shape} VerifyPersonalAccessTokenRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.VerifyPersonalAccessTokenRequest & keywarden.identity.v1.VerifyPersonalAccessTokenRequest.$Shape;

                /**
                 * Verifies a VerifyPersonalAccessTokenRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a VerifyPersonalAccessTokenRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns VerifyPersonalAccessTokenRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.VerifyPersonalAccessTokenRequest;

                /**
                 * Creates a plain object from a VerifyPersonalAccessTokenRequest message. Also converts values to other types if specified.
                 * @param message VerifyPersonalAccessTokenRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.VerifyPersonalAccessTokenRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this VerifyPersonalAccessTokenRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace VerifyPersonalAccessTokenRequest {

                /** Properties of a VerifyPersonalAccessTokenRequest. */
                interface $Properties {

                    /** VerifyPersonalAccessTokenRequest tokenHash */
                    tokenHash?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a VerifyPersonalAccessTokenRequest. */
                type $Shape = keywarden.identity.v1.VerifyPersonalAccessTokenRequest.$Properties;
            }

            /**
             * Properties of a VerifyPersonalAccessTokenResponse.
             * @deprecated Use keywarden.identity.v1.VerifyPersonalAccessTokenResponse.$Properties instead.
             */
            interface IVerifyPersonalAccessTokenResponse extends keywarden.identity.v1.VerifyPersonalAccessTokenResponse.$Properties {
            }

            /** Represents a VerifyPersonalAccessTokenResponse. */
            class VerifyPersonalAccessTokenResponse {

                /**
                 * Constructs a new VerifyPersonalAccessTokenResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.VerifyPersonalAccessTokenResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** VerifyPersonalAccessTokenResponse valid. */
                valid: boolean;

                /** VerifyPersonalAccessTokenResponse tokenId. */
                tokenId: string;

                /** VerifyPersonalAccessTokenResponse userId. */
                userId: string;

                /** VerifyPersonalAccessTokenResponse roles. */
                roles: string[];

                /** VerifyPersonalAccessTokenResponse scopes. */
                scopes: string[];

                /** VerifyPersonalAccessTokenResponse expiresAt. */
                expiresAt?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Encodes the specified VerifyPersonalAccessTokenResponse message. Does not implicitly {@link keywarden.identity.v1.VerifyPersonalAccessTokenResponse.verify|verify} messages.
                 * @param message VerifyPersonalAccessTokenResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.VerifyPersonalAccessTokenResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a VerifyPersonalAccessTokenResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.VerifyPersonalAccessTokenResponse & keywarden.identity.v1.VerifyPersonalAccessTokenResponse.$Shape} VerifyPersonalAccessTokenResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.VerifyPersonalAccessTokenResponse & keywarden.identity.v1.VerifyPersonalAccessTokenResponse.$Shape;

                /**
                 * Verifies a VerifyPersonalAccessTokenResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a VerifyPersonalAccessTokenResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns VerifyPersonalAccessTokenResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.VerifyPersonalAccessTokenResponse;

                /**
                 * Creates a plain object from a VerifyPersonalAccessTokenResponse message. Also converts values to other types if specified.
                 * @param message VerifyPersonalAccessTokenResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.VerifyPersonalAccessTokenResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this VerifyPersonalAccessTokenResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace VerifyPersonalAccessTokenResponse {

                /** Properties of a VerifyPersonalAccessTokenResponse. */
                interface $Properties {

                    /** VerifyPersonalAccessTokenResponse valid */
                    valid?: (boolean|null);

                    /** VerifyPersonalAccessTokenResponse tokenId */
                    tokenId?: (string|null);

                    /** VerifyPersonalAccessTokenResponse userId */
                    userId?: (string|null);

                    /** VerifyPersonalAccessTokenResponse roles */
                    roles?: (string[]|null);

                    /** VerifyPersonalAccessTokenResponse scopes */
                    scopes?: (string[]|null);

                    /** VerifyPersonalAccessTokenResponse expiresAt */
                    expiresAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a VerifyPersonalAccessTokenResponse. */
                type $Shape = keywarden.identity.v1.VerifyPersonalAccessTokenResponse.$Properties;
            }

            /**
             * Properties of a GetJwksRequest.
             * @deprecated Use keywarden.identity.v1.GetJwksRequest.$Properties instead.
             */
            interface IGetJwksRequest extends keywarden.identity.v1.GetJwksRequest.$Properties {
            }

            /** Represents a GetJwksRequest. */
            class GetJwksRequest {

                /**
                 * Constructs a new GetJwksRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.GetJwksRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Encodes the specified GetJwksRequest message. Does not implicitly {@link keywarden.identity.v1.GetJwksRequest.verify|verify} messages.
                 * @param message GetJwksRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.GetJwksRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetJwksRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.GetJwksRequest & keywarden.identity.v1.GetJwksRequest.$Shape} GetJwksRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.GetJwksRequest & keywarden.identity.v1.GetJwksRequest.$Shape;

                /**
                 * Verifies a GetJwksRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetJwksRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetJwksRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.GetJwksRequest;

                /**
                 * Creates a plain object from a GetJwksRequest message. Also converts values to other types if specified.
                 * @param message GetJwksRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.GetJwksRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetJwksRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace GetJwksRequest {

                /** Properties of a GetJwksRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetJwksRequest. */
                type $Shape = keywarden.identity.v1.GetJwksRequest.$Properties;
            }

            /**
             * Properties of a GetJwksResponse.
             * @deprecated Use keywarden.identity.v1.GetJwksResponse.$Properties instead.
             */
            interface IGetJwksResponse extends keywarden.identity.v1.GetJwksResponse.$Properties {
            }

            /** Represents a GetJwksResponse. */
            class GetJwksResponse {

                /**
                 * Constructs a new GetJwksResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.GetJwksResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetJwksResponse jwksJson. */
                jwksJson: string;

                /**
                 * Encodes the specified GetJwksResponse message. Does not implicitly {@link keywarden.identity.v1.GetJwksResponse.verify|verify} messages.
                 * @param message GetJwksResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.GetJwksResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetJwksResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.GetJwksResponse & keywarden.identity.v1.GetJwksResponse.$Shape} GetJwksResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.GetJwksResponse & keywarden.identity.v1.GetJwksResponse.$Shape;

                /**
                 * Verifies a GetJwksResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetJwksResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetJwksResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.GetJwksResponse;

                /**
                 * Creates a plain object from a GetJwksResponse message. Also converts values to other types if specified.
                 * @param message GetJwksResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.GetJwksResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetJwksResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace GetJwksResponse {

                /** Properties of a GetJwksResponse. */
                interface $Properties {

                    /** GetJwksResponse jwksJson */
                    jwksJson?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetJwksResponse. */
                type $Shape = keywarden.identity.v1.GetJwksResponse.$Properties;
            }

            /**
             * Properties of a RotateSigningKeyRequest.
             * @deprecated Use keywarden.identity.v1.RotateSigningKeyRequest.$Properties instead.
             */
            interface IRotateSigningKeyRequest extends keywarden.identity.v1.RotateSigningKeyRequest.$Properties {
            }

            /** Represents a RotateSigningKeyRequest. */
            class RotateSigningKeyRequest {

                /**
                 * Constructs a new RotateSigningKeyRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.RotateSigningKeyRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RotateSigningKeyRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /**
                 * Encodes the specified RotateSigningKeyRequest message. Does not implicitly {@link keywarden.identity.v1.RotateSigningKeyRequest.verify|verify} messages.
                 * @param message RotateSigningKeyRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.RotateSigningKeyRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RotateSigningKeyRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.RotateSigningKeyRequest & keywarden.identity.v1.RotateSigningKeyRequest.$Shape} RotateSigningKeyRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.RotateSigningKeyRequest & keywarden.identity.v1.RotateSigningKeyRequest.$Shape;

                /**
                 * Verifies a RotateSigningKeyRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RotateSigningKeyRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RotateSigningKeyRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.RotateSigningKeyRequest;

                /**
                 * Creates a plain object from a RotateSigningKeyRequest message. Also converts values to other types if specified.
                 * @param message RotateSigningKeyRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.RotateSigningKeyRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RotateSigningKeyRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace RotateSigningKeyRequest {

                /** Properties of a RotateSigningKeyRequest. */
                interface $Properties {

                    /** RotateSigningKeyRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RotateSigningKeyRequest. */
                type $Shape = keywarden.identity.v1.RotateSigningKeyRequest.$Properties;
            }

            /**
             * Properties of a RotateSigningKeyResponse.
             * @deprecated Use keywarden.identity.v1.RotateSigningKeyResponse.$Properties instead.
             */
            interface IRotateSigningKeyResponse extends keywarden.identity.v1.RotateSigningKeyResponse.$Properties {
            }

            /** Represents a RotateSigningKeyResponse. */
            class RotateSigningKeyResponse {

                /**
                 * Constructs a new RotateSigningKeyResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.RotateSigningKeyResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RotateSigningKeyResponse keyId. */
                keyId: string;

                /** RotateSigningKeyResponse previousKeyId. */
                previousKeyId: string;

                /** RotateSigningKeyResponse retirePreviousAt. */
                retirePreviousAt?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Encodes the specified RotateSigningKeyResponse message. Does not implicitly {@link keywarden.identity.v1.RotateSigningKeyResponse.verify|verify} messages.
                 * @param message RotateSigningKeyResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.RotateSigningKeyResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RotateSigningKeyResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.RotateSigningKeyResponse & keywarden.identity.v1.RotateSigningKeyResponse.$Shape} RotateSigningKeyResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.RotateSigningKeyResponse & keywarden.identity.v1.RotateSigningKeyResponse.$Shape;

                /**
                 * Verifies a RotateSigningKeyResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RotateSigningKeyResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RotateSigningKeyResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.RotateSigningKeyResponse;

                /**
                 * Creates a plain object from a RotateSigningKeyResponse message. Also converts values to other types if specified.
                 * @param message RotateSigningKeyResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.RotateSigningKeyResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RotateSigningKeyResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace RotateSigningKeyResponse {

                /** Properties of a RotateSigningKeyResponse. */
                interface $Properties {

                    /** RotateSigningKeyResponse keyId */
                    keyId?: (string|null);

                    /** RotateSigningKeyResponse previousKeyId */
                    previousKeyId?: (string|null);

                    /** RotateSigningKeyResponse retirePreviousAt */
                    retirePreviousAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RotateSigningKeyResponse. */
                type $Shape = keywarden.identity.v1.RotateSigningKeyResponse.$Properties;
            }

            /**
             * Properties of an Organization.
             * @deprecated Use keywarden.identity.v1.Organization.$Properties instead.
             */
            interface IOrganization extends keywarden.identity.v1.Organization.$Properties {
            }

            /** Represents an Organization. */
            class Organization {

                /**
                 * Constructs a new Organization.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.Organization.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Organization organizationId. */
                organizationId: string;

                /** Organization name. */
                name: string;

                /** Organization slug. */
                slug: string;

                /** Organization ownerUserId. */
                ownerUserId: string;

                /** Organization createdAt. */
                createdAt?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Encodes the specified Organization message. Does not implicitly {@link keywarden.identity.v1.Organization.verify|verify} messages.
                 * @param message Organization message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.Organization.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Organization message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.Organization & keywarden.identity.v1.Organization.$Shape} Organization
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.Organization & keywarden.identity.v1.Organization.$Shape;

                /**
                 * Verifies an Organization message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Organization message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Organization
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.Organization;

                /**
                 * Creates a plain object from an Organization message. Also converts values to other types if specified.
                 * @param message Organization
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.Organization, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Organization to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Organization {

                /** Properties of an Organization. */
                interface $Properties {

                    /** Organization organizationId */
                    organizationId?: (string|null);

                    /** Organization name */
                    name?: (string|null);

                    /** Organization slug */
                    slug?: (string|null);

                    /** Organization ownerUserId */
                    ownerUserId?: (string|null);

                    /** Organization createdAt */
                    createdAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Organization. */
                type $Shape = keywarden.identity.v1.Organization.$Properties;
            }

            /**
             * Properties of a Member.
             * @deprecated Use keywarden.identity.v1.Member.$Properties instead.
             */
            interface IMember extends keywarden.identity.v1.Member.$Properties {
            }

            /** Represents a Member. */
            class Member {

                /**
                 * Constructs a new Member.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.Member.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Member userId. */
                userId: string;

                /** Member email. */
                email: string;

                /** Member displayName. */
                displayName: string;

                /** Member role. */
                role: string;

                /**
                 * Encodes the specified Member message. Does not implicitly {@link keywarden.identity.v1.Member.verify|verify} messages.
                 * @param message Member message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.Member.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Member message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.Member & keywarden.identity.v1.Member.$Shape} Member
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.Member & keywarden.identity.v1.Member.$Shape;

                /**
                 * Verifies a Member message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Member message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Member
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.Member;

                /**
                 * Creates a plain object from a Member message. Also converts values to other types if specified.
                 * @param message Member
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.Member, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Member to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Member {

                /** Properties of a Member. */
                interface $Properties {

                    /** Member userId */
                    userId?: (string|null);

                    /** Member email */
                    email?: (string|null);

                    /** Member displayName */
                    displayName?: (string|null);

                    /** Member role */
                    role?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Member. */
                type $Shape = keywarden.identity.v1.Member.$Properties;
            }

            /**
             * Properties of a CreateOrganizationRequest.
             * @deprecated Use keywarden.identity.v1.CreateOrganizationRequest.$Properties instead.
             */
            interface ICreateOrganizationRequest extends keywarden.identity.v1.CreateOrganizationRequest.$Properties {
            }

            /** Represents a CreateOrganizationRequest. */
            class CreateOrganizationRequest {

                /**
                 * Constructs a new CreateOrganizationRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.CreateOrganizationRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CreateOrganizationRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** CreateOrganizationRequest name. */
                name: string;

                /** CreateOrganizationRequest slug. */
                slug: string;

                /**
                 * Encodes the specified CreateOrganizationRequest message. Does not implicitly {@link keywarden.identity.v1.CreateOrganizationRequest.verify|verify} messages.
                 * @param message CreateOrganizationRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.CreateOrganizationRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateOrganizationRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.CreateOrganizationRequest & keywarden.identity.v1.CreateOrganizationRequest.$Shape} CreateOrganizationRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.CreateOrganizationRequest & keywarden.identity.v1.CreateOrganizationRequest.$Shape;

                /**
                 * Verifies a CreateOrganizationRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CreateOrganizationRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateOrganizationRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.CreateOrganizationRequest;

                /**
                 * Creates a plain object from a CreateOrganizationRequest message. Also converts values to other types if specified.
                 * @param message CreateOrganizationRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.CreateOrganizationRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateOrganizationRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace CreateOrganizationRequest {

                /** Properties of a CreateOrganizationRequest. */
                interface $Properties {

                    /** CreateOrganizationRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** CreateOrganizationRequest name */
                    name?: (string|null);

                    /** CreateOrganizationRequest slug */
                    slug?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CreateOrganizationRequest. */
                type $Shape = keywarden.identity.v1.CreateOrganizationRequest.$Properties;
            }

            /**
             * Properties of a CreateOrganizationResponse.
             * @deprecated Use keywarden.identity.v1.CreateOrganizationResponse.$Properties instead.
             */
            interface ICreateOrganizationResponse extends keywarden.identity.v1.CreateOrganizationResponse.$Properties {
            }

            /** Represents a CreateOrganizationResponse. */
            class CreateOrganizationResponse {

                /**
                 * Constructs a new CreateOrganizationResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.CreateOrganizationResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CreateOrganizationResponse organization. */
                organization?: (keywarden.identity.v1.Organization.$Properties|null);

                /**
                 * Encodes the specified CreateOrganizationResponse message. Does not implicitly {@link keywarden.identity.v1.CreateOrganizationResponse.verify|verify} messages.
                 * @param message CreateOrganizationResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.CreateOrganizationResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateOrganizationResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.CreateOrganizationResponse & keywarden.identity.v1.CreateOrganizationResponse.$Shape} CreateOrganizationResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.CreateOrganizationResponse & keywarden.identity.v1.CreateOrganizationResponse.$Shape;

                /**
                 * Verifies a CreateOrganizationResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CreateOrganizationResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateOrganizationResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.CreateOrganizationResponse;

                /**
                 * Creates a plain object from a CreateOrganizationResponse message. Also converts values to other types if specified.
                 * @param message CreateOrganizationResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.CreateOrganizationResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateOrganizationResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace CreateOrganizationResponse {

                /** Properties of a CreateOrganizationResponse. */
                interface $Properties {

                    /** CreateOrganizationResponse organization */
                    organization?: (keywarden.identity.v1.Organization.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CreateOrganizationResponse. */
                type $Shape = keywarden.identity.v1.CreateOrganizationResponse.$Properties;
            }

            /**
             * Properties of a ListOrganizationsRequest.
             * @deprecated Use keywarden.identity.v1.ListOrganizationsRequest.$Properties instead.
             */
            interface IListOrganizationsRequest extends keywarden.identity.v1.ListOrganizationsRequest.$Properties {
            }

            /** Represents a ListOrganizationsRequest. */
            class ListOrganizationsRequest {

                /**
                 * Constructs a new ListOrganizationsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.ListOrganizationsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListOrganizationsRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** ListOrganizationsRequest all. */
                all: boolean;

                /**
                 * Encodes the specified ListOrganizationsRequest message. Does not implicitly {@link keywarden.identity.v1.ListOrganizationsRequest.verify|verify} messages.
                 * @param message ListOrganizationsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.ListOrganizationsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListOrganizationsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.ListOrganizationsRequest & keywarden.identity.v1.ListOrganizationsRequest.$Shape} ListOrganizationsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.ListOrganizationsRequest & keywarden.identity.v1.ListOrganizationsRequest.$Shape;

                /**
                 * Verifies a ListOrganizationsRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListOrganizationsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListOrganizationsRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.ListOrganizationsRequest;

                /**
                 * Creates a plain object from a ListOrganizationsRequest message. Also converts values to other types if specified.
                 * @param message ListOrganizationsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.ListOrganizationsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListOrganizationsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ListOrganizationsRequest {

                /** Properties of a ListOrganizationsRequest. */
                interface $Properties {

                    /** ListOrganizationsRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** ListOrganizationsRequest all */
                    all?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListOrganizationsRequest. */
                type $Shape = keywarden.identity.v1.ListOrganizationsRequest.$Properties;
            }

            /**
             * Properties of a ListOrganizationsResponse.
             * @deprecated Use keywarden.identity.v1.ListOrganizationsResponse.$Properties instead.
             */
            interface IListOrganizationsResponse extends keywarden.identity.v1.ListOrganizationsResponse.$Properties {
            }

            /** Represents a ListOrganizationsResponse. */
            class ListOrganizationsResponse {

                /**
                 * Constructs a new ListOrganizationsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.ListOrganizationsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListOrganizationsResponse organizations. */
                organizations: keywarden.identity.v1.Membership.$Properties[];

                /**
                 * Encodes the specified ListOrganizationsResponse message. Does not implicitly {@link keywarden.identity.v1.ListOrganizationsResponse.verify|verify} messages.
                 * @param message ListOrganizationsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.ListOrganizationsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListOrganizationsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.ListOrganizationsResponse & keywarden.identity.v1.ListOrganizationsResponse.$Shape} ListOrganizationsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.ListOrganizationsResponse & keywarden.identity.v1.ListOrganizationsResponse.$Shape;

                /**
                 * Verifies a ListOrganizationsResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListOrganizationsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListOrganizationsResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.ListOrganizationsResponse;

                /**
                 * Creates a plain object from a ListOrganizationsResponse message. Also converts values to other types if specified.
                 * @param message ListOrganizationsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.ListOrganizationsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListOrganizationsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ListOrganizationsResponse {

                /** Properties of a ListOrganizationsResponse. */
                interface $Properties {

                    /** ListOrganizationsResponse organizations */
                    organizations?: (keywarden.identity.v1.Membership.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListOrganizationsResponse. */
                type $Shape = keywarden.identity.v1.ListOrganizationsResponse.$Properties;
            }

            /**
             * Properties of a GetOrganizationRequest.
             * @deprecated Use keywarden.identity.v1.GetOrganizationRequest.$Properties instead.
             */
            interface IGetOrganizationRequest extends keywarden.identity.v1.GetOrganizationRequest.$Properties {
            }

            /** Represents a GetOrganizationRequest. */
            class GetOrganizationRequest {

                /**
                 * Constructs a new GetOrganizationRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.GetOrganizationRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetOrganizationRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** GetOrganizationRequest organizationId. */
                organizationId: string;

                /**
                 * Encodes the specified GetOrganizationRequest message. Does not implicitly {@link keywarden.identity.v1.GetOrganizationRequest.verify|verify} messages.
                 * @param message GetOrganizationRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.GetOrganizationRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetOrganizationRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.GetOrganizationRequest & keywarden.identity.v1.GetOrganizationRequest.$Shape} GetOrganizationRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.GetOrganizationRequest & keywarden.identity.v1.GetOrganizationRequest.$Shape;

                /**
                 * Verifies a GetOrganizationRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetOrganizationRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetOrganizationRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.GetOrganizationRequest;

                /**
                 * Creates a plain object from a GetOrganizationRequest message. Also converts values to other types if specified.
                 * @param message GetOrganizationRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.GetOrganizationRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetOrganizationRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace GetOrganizationRequest {

                /** Properties of a GetOrganizationRequest. */
                interface $Properties {

                    /** GetOrganizationRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** GetOrganizationRequest organizationId */
                    organizationId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetOrganizationRequest. */
                type $Shape = keywarden.identity.v1.GetOrganizationRequest.$Properties;
            }

            /**
             * Properties of a GetOrganizationResponse.
             * @deprecated Use keywarden.identity.v1.GetOrganizationResponse.$Properties instead.
             */
            interface IGetOrganizationResponse extends keywarden.identity.v1.GetOrganizationResponse.$Properties {
            }

            /** Represents a GetOrganizationResponse. */
            class GetOrganizationResponse {

                /**
                 * Constructs a new GetOrganizationResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.GetOrganizationResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetOrganizationResponse organization. */
                organization?: (keywarden.identity.v1.Organization.$Properties|null);

                /** GetOrganizationResponse members. */
                members: keywarden.identity.v1.Member.$Properties[];

                /**
                 * Encodes the specified GetOrganizationResponse message. Does not implicitly {@link keywarden.identity.v1.GetOrganizationResponse.verify|verify} messages.
                 * @param message GetOrganizationResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.GetOrganizationResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetOrganizationResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.GetOrganizationResponse & keywarden.identity.v1.GetOrganizationResponse.$Shape} GetOrganizationResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.GetOrganizationResponse & keywarden.identity.v1.GetOrganizationResponse.$Shape;

                /**
                 * Verifies a GetOrganizationResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetOrganizationResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetOrganizationResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.GetOrganizationResponse;

                /**
                 * Creates a plain object from a GetOrganizationResponse message. Also converts values to other types if specified.
                 * @param message GetOrganizationResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.GetOrganizationResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetOrganizationResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace GetOrganizationResponse {

                /** Properties of a GetOrganizationResponse. */
                interface $Properties {

                    /** GetOrganizationResponse organization */
                    organization?: (keywarden.identity.v1.Organization.$Properties|null);

                    /** GetOrganizationResponse members */
                    members?: (keywarden.identity.v1.Member.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetOrganizationResponse. */
                type $Shape = keywarden.identity.v1.GetOrganizationResponse.$Properties;
            }

            /**
             * Properties of an AddMemberRequest.
             * @deprecated Use keywarden.identity.v1.AddMemberRequest.$Properties instead.
             */
            interface IAddMemberRequest extends keywarden.identity.v1.AddMemberRequest.$Properties {
            }

            /** Represents an AddMemberRequest. */
            class AddMemberRequest {

                /**
                 * Constructs a new AddMemberRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.AddMemberRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AddMemberRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** AddMemberRequest organizationId. */
                organizationId: string;

                /** AddMemberRequest userId. */
                userId: string;

                /** AddMemberRequest email. */
                email: string;

                /** AddMemberRequest role. */
                role: string;

                /**
                 * Encodes the specified AddMemberRequest message. Does not implicitly {@link keywarden.identity.v1.AddMemberRequest.verify|verify} messages.
                 * @param message AddMemberRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.AddMemberRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AddMemberRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.AddMemberRequest & keywarden.identity.v1.AddMemberRequest.$Shape} AddMemberRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.AddMemberRequest & keywarden.identity.v1.AddMemberRequest.$Shape;

                /**
                 * Verifies an AddMemberRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AddMemberRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AddMemberRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.AddMemberRequest;

                /**
                 * Creates a plain object from an AddMemberRequest message. Also converts values to other types if specified.
                 * @param message AddMemberRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.AddMemberRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AddMemberRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace AddMemberRequest {

                /** Properties of an AddMemberRequest. */
                interface $Properties {

                    /** AddMemberRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** AddMemberRequest organizationId */
                    organizationId?: (string|null);

                    /** AddMemberRequest userId */
                    userId?: (string|null);

                    /** AddMemberRequest email */
                    email?: (string|null);

                    /** AddMemberRequest role */
                    role?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AddMemberRequest. */
                type $Shape = keywarden.identity.v1.AddMemberRequest.$Properties;
            }

            /**
             * Properties of an AddMemberResponse.
             * @deprecated Use keywarden.identity.v1.AddMemberResponse.$Properties instead.
             */
            interface IAddMemberResponse extends keywarden.identity.v1.AddMemberResponse.$Properties {
            }

            /** Represents an AddMemberResponse. */
            class AddMemberResponse {

                /**
                 * Constructs a new AddMemberResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.AddMemberResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AddMemberResponse member. */
                member?: (keywarden.identity.v1.Member.$Properties|null);

                /**
                 * Encodes the specified AddMemberResponse message. Does not implicitly {@link keywarden.identity.v1.AddMemberResponse.verify|verify} messages.
                 * @param message AddMemberResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.AddMemberResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AddMemberResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.AddMemberResponse & keywarden.identity.v1.AddMemberResponse.$Shape} AddMemberResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.AddMemberResponse & keywarden.identity.v1.AddMemberResponse.$Shape;

                /**
                 * Verifies an AddMemberResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AddMemberResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AddMemberResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.AddMemberResponse;

                /**
                 * Creates a plain object from an AddMemberResponse message. Also converts values to other types if specified.
                 * @param message AddMemberResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.AddMemberResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AddMemberResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace AddMemberResponse {

                /** Properties of an AddMemberResponse. */
                interface $Properties {

                    /** AddMemberResponse member */
                    member?: (keywarden.identity.v1.Member.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AddMemberResponse. */
                type $Shape = keywarden.identity.v1.AddMemberResponse.$Properties;
            }

            /**
             * Properties of a ChangeMemberRoleRequest.
             * @deprecated Use keywarden.identity.v1.ChangeMemberRoleRequest.$Properties instead.
             */
            interface IChangeMemberRoleRequest extends keywarden.identity.v1.ChangeMemberRoleRequest.$Properties {
            }

            /** Represents a ChangeMemberRoleRequest. */
            class ChangeMemberRoleRequest {

                /**
                 * Constructs a new ChangeMemberRoleRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.ChangeMemberRoleRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ChangeMemberRoleRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** ChangeMemberRoleRequest organizationId. */
                organizationId: string;

                /** ChangeMemberRoleRequest userId. */
                userId: string;

                /** ChangeMemberRoleRequest role. */
                role: string;

                /**
                 * Encodes the specified ChangeMemberRoleRequest message. Does not implicitly {@link keywarden.identity.v1.ChangeMemberRoleRequest.verify|verify} messages.
                 * @param message ChangeMemberRoleRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.ChangeMemberRoleRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ChangeMemberRoleRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.ChangeMemberRoleRequest & keywarden.identity.v1.ChangeMemberRoleRequest.$Shape} ChangeMemberRoleRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.ChangeMemberRoleRequest & keywarden.identity.v1.ChangeMemberRoleRequest.$Shape;

                /**
                 * Verifies a ChangeMemberRoleRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ChangeMemberRoleRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ChangeMemberRoleRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.ChangeMemberRoleRequest;

                /**
                 * Creates a plain object from a ChangeMemberRoleRequest message. Also converts values to other types if specified.
                 * @param message ChangeMemberRoleRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.ChangeMemberRoleRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ChangeMemberRoleRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ChangeMemberRoleRequest {

                /** Properties of a ChangeMemberRoleRequest. */
                interface $Properties {

                    /** ChangeMemberRoleRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** ChangeMemberRoleRequest organizationId */
                    organizationId?: (string|null);

                    /** ChangeMemberRoleRequest userId */
                    userId?: (string|null);

                    /** ChangeMemberRoleRequest role */
                    role?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ChangeMemberRoleRequest. */
                type $Shape = keywarden.identity.v1.ChangeMemberRoleRequest.$Properties;
            }

            /**
             * Properties of a ChangeMemberRoleResponse.
             * @deprecated Use keywarden.identity.v1.ChangeMemberRoleResponse.$Properties instead.
             */
            interface IChangeMemberRoleResponse extends keywarden.identity.v1.ChangeMemberRoleResponse.$Properties {
            }

            /** Represents a ChangeMemberRoleResponse. */
            class ChangeMemberRoleResponse {

                /**
                 * Constructs a new ChangeMemberRoleResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.ChangeMemberRoleResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ChangeMemberRoleResponse member. */
                member?: (keywarden.identity.v1.Member.$Properties|null);

                /**
                 * Encodes the specified ChangeMemberRoleResponse message. Does not implicitly {@link keywarden.identity.v1.ChangeMemberRoleResponse.verify|verify} messages.
                 * @param message ChangeMemberRoleResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.ChangeMemberRoleResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ChangeMemberRoleResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.ChangeMemberRoleResponse & keywarden.identity.v1.ChangeMemberRoleResponse.$Shape} ChangeMemberRoleResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.ChangeMemberRoleResponse & keywarden.identity.v1.ChangeMemberRoleResponse.$Shape;

                /**
                 * Verifies a ChangeMemberRoleResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ChangeMemberRoleResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ChangeMemberRoleResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.ChangeMemberRoleResponse;

                /**
                 * Creates a plain object from a ChangeMemberRoleResponse message. Also converts values to other types if specified.
                 * @param message ChangeMemberRoleResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.ChangeMemberRoleResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ChangeMemberRoleResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ChangeMemberRoleResponse {

                /** Properties of a ChangeMemberRoleResponse. */
                interface $Properties {

                    /** ChangeMemberRoleResponse member */
                    member?: (keywarden.identity.v1.Member.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ChangeMemberRoleResponse. */
                type $Shape = keywarden.identity.v1.ChangeMemberRoleResponse.$Properties;
            }

            /**
             * Properties of a RemoveMemberRequest.
             * @deprecated Use keywarden.identity.v1.RemoveMemberRequest.$Properties instead.
             */
            interface IRemoveMemberRequest extends keywarden.identity.v1.RemoveMemberRequest.$Properties {
            }

            /** Represents a RemoveMemberRequest. */
            class RemoveMemberRequest {

                /**
                 * Constructs a new RemoveMemberRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.RemoveMemberRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RemoveMemberRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** RemoveMemberRequest organizationId. */
                organizationId: string;

                /** RemoveMemberRequest userId. */
                userId: string;

                /**
                 * Encodes the specified RemoveMemberRequest message. Does not implicitly {@link keywarden.identity.v1.RemoveMemberRequest.verify|verify} messages.
                 * @param message RemoveMemberRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.RemoveMemberRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RemoveMemberRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.RemoveMemberRequest & keywarden.identity.v1.RemoveMemberRequest.$Shape} RemoveMemberRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.RemoveMemberRequest & keywarden.identity.v1.RemoveMemberRequest.$Shape;

                /**
                 * Verifies a RemoveMemberRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RemoveMemberRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RemoveMemberRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.RemoveMemberRequest;

                /**
                 * Creates a plain object from a RemoveMemberRequest message. Also converts values to other types if specified.
                 * @param message RemoveMemberRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.RemoveMemberRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RemoveMemberRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace RemoveMemberRequest {

                /** Properties of a RemoveMemberRequest. */
                interface $Properties {

                    /** RemoveMemberRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** RemoveMemberRequest organizationId */
                    organizationId?: (string|null);

                    /** RemoveMemberRequest userId */
                    userId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RemoveMemberRequest. */
                type $Shape = keywarden.identity.v1.RemoveMemberRequest.$Properties;
            }

            /**
             * Properties of a RemoveMemberResponse.
             * @deprecated Use keywarden.identity.v1.RemoveMemberResponse.$Properties instead.
             */
            interface IRemoveMemberResponse extends keywarden.identity.v1.RemoveMemberResponse.$Properties {
            }

            /** Represents a RemoveMemberResponse. */
            class RemoveMemberResponse {

                /**
                 * Constructs a new RemoveMemberResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.RemoveMemberResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Encodes the specified RemoveMemberResponse message. Does not implicitly {@link keywarden.identity.v1.RemoveMemberResponse.verify|verify} messages.
                 * @param message RemoveMemberResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.RemoveMemberResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RemoveMemberResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.RemoveMemberResponse & keywarden.identity.v1.RemoveMemberResponse.$Shape} RemoveMemberResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.RemoveMemberResponse & keywarden.identity.v1.RemoveMemberResponse.$Shape;

                /**
                 * Verifies a RemoveMemberResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RemoveMemberResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RemoveMemberResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.RemoveMemberResponse;

                /**
                 * Creates a plain object from a RemoveMemberResponse message. Also converts values to other types if specified.
                 * @param message RemoveMemberResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.RemoveMemberResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RemoveMemberResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace RemoveMemberResponse {

                /** Properties of a RemoveMemberResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RemoveMemberResponse. */
                type $Shape = keywarden.identity.v1.RemoveMemberResponse.$Properties;
            }

            /**
             * Properties of a TransferOwnershipRequest.
             * @deprecated Use keywarden.identity.v1.TransferOwnershipRequest.$Properties instead.
             */
            interface ITransferOwnershipRequest extends keywarden.identity.v1.TransferOwnershipRequest.$Properties {
            }

            /** Represents a TransferOwnershipRequest. */
            class TransferOwnershipRequest {

                /**
                 * Constructs a new TransferOwnershipRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.TransferOwnershipRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TransferOwnershipRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** TransferOwnershipRequest organizationId. */
                organizationId: string;

                /** TransferOwnershipRequest newOwnerUserId. */
                newOwnerUserId: string;

                /**
                 * Encodes the specified TransferOwnershipRequest message. Does not implicitly {@link keywarden.identity.v1.TransferOwnershipRequest.verify|verify} messages.
                 * @param message TransferOwnershipRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.TransferOwnershipRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TransferOwnershipRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.TransferOwnershipRequest & keywarden.identity.v1.TransferOwnershipRequest.$Shape} TransferOwnershipRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.TransferOwnershipRequest & keywarden.identity.v1.TransferOwnershipRequest.$Shape;

                /**
                 * Verifies a TransferOwnershipRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a TransferOwnershipRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TransferOwnershipRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.TransferOwnershipRequest;

                /**
                 * Creates a plain object from a TransferOwnershipRequest message. Also converts values to other types if specified.
                 * @param message TransferOwnershipRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.TransferOwnershipRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TransferOwnershipRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace TransferOwnershipRequest {

                /** Properties of a TransferOwnershipRequest. */
                interface $Properties {

                    /** TransferOwnershipRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** TransferOwnershipRequest organizationId */
                    organizationId?: (string|null);

                    /** TransferOwnershipRequest newOwnerUserId */
                    newOwnerUserId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TransferOwnershipRequest. */
                type $Shape = keywarden.identity.v1.TransferOwnershipRequest.$Properties;
            }

            /**
             * Properties of a TransferOwnershipResponse.
             * @deprecated Use keywarden.identity.v1.TransferOwnershipResponse.$Properties instead.
             */
            interface ITransferOwnershipResponse extends keywarden.identity.v1.TransferOwnershipResponse.$Properties {
            }

            /** Represents a TransferOwnershipResponse. */
            class TransferOwnershipResponse {

                /**
                 * Constructs a new TransferOwnershipResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.TransferOwnershipResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TransferOwnershipResponse organization. */
                organization?: (keywarden.identity.v1.Organization.$Properties|null);

                /**
                 * Encodes the specified TransferOwnershipResponse message. Does not implicitly {@link keywarden.identity.v1.TransferOwnershipResponse.verify|verify} messages.
                 * @param message TransferOwnershipResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.TransferOwnershipResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TransferOwnershipResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.TransferOwnershipResponse & keywarden.identity.v1.TransferOwnershipResponse.$Shape} TransferOwnershipResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.TransferOwnershipResponse & keywarden.identity.v1.TransferOwnershipResponse.$Shape;

                /**
                 * Verifies a TransferOwnershipResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a TransferOwnershipResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TransferOwnershipResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.TransferOwnershipResponse;

                /**
                 * Creates a plain object from a TransferOwnershipResponse message. Also converts values to other types if specified.
                 * @param message TransferOwnershipResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.TransferOwnershipResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TransferOwnershipResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace TransferOwnershipResponse {

                /** Properties of a TransferOwnershipResponse. */
                interface $Properties {

                    /** TransferOwnershipResponse organization */
                    organization?: (keywarden.identity.v1.Organization.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TransferOwnershipResponse. */
                type $Shape = keywarden.identity.v1.TransferOwnershipResponse.$Properties;
            }

            /**
             * Properties of a GetMembershipRequest.
             * @deprecated Use keywarden.identity.v1.GetMembershipRequest.$Properties instead.
             */
            interface IGetMembershipRequest extends keywarden.identity.v1.GetMembershipRequest.$Properties {
            }

            /** Represents a GetMembershipRequest. */
            class GetMembershipRequest {

                /**
                 * Constructs a new GetMembershipRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.GetMembershipRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetMembershipRequest organizationId. */
                organizationId: string;

                /** GetMembershipRequest userId. */
                userId: string;

                /**
                 * Encodes the specified GetMembershipRequest message. Does not implicitly {@link keywarden.identity.v1.GetMembershipRequest.verify|verify} messages.
                 * @param message GetMembershipRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.GetMembershipRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetMembershipRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.GetMembershipRequest & keywarden.identity.v1.GetMembershipRequest.$Shape} GetMembershipRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.GetMembershipRequest & keywarden.identity.v1.GetMembershipRequest.$Shape;

                /**
                 * Verifies a GetMembershipRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetMembershipRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetMembershipRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.GetMembershipRequest;

                /**
                 * Creates a plain object from a GetMembershipRequest message. Also converts values to other types if specified.
                 * @param message GetMembershipRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.GetMembershipRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetMembershipRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace GetMembershipRequest {

                /** Properties of a GetMembershipRequest. */
                interface $Properties {

                    /** GetMembershipRequest organizationId */
                    organizationId?: (string|null);

                    /** GetMembershipRequest userId */
                    userId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetMembershipRequest. */
                type $Shape = keywarden.identity.v1.GetMembershipRequest.$Properties;
            }

            /**
             * Properties of a GetMembershipResponse.
             * @deprecated Use keywarden.identity.v1.GetMembershipResponse.$Properties instead.
             */
            interface IGetMembershipResponse extends keywarden.identity.v1.GetMembershipResponse.$Properties {
            }

            /** Represents a GetMembershipResponse. */
            class GetMembershipResponse {

                /**
                 * Constructs a new GetMembershipResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.GetMembershipResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetMembershipResponse role. */
                role: string;

                /**
                 * Encodes the specified GetMembershipResponse message. Does not implicitly {@link keywarden.identity.v1.GetMembershipResponse.verify|verify} messages.
                 * @param message GetMembershipResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.GetMembershipResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetMembershipResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.GetMembershipResponse & keywarden.identity.v1.GetMembershipResponse.$Shape} GetMembershipResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.GetMembershipResponse & keywarden.identity.v1.GetMembershipResponse.$Shape;

                /**
                 * Verifies a GetMembershipResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetMembershipResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetMembershipResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.GetMembershipResponse;

                /**
                 * Creates a plain object from a GetMembershipResponse message. Also converts values to other types if specified.
                 * @param message GetMembershipResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.GetMembershipResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetMembershipResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace GetMembershipResponse {

                /** Properties of a GetMembershipResponse. */
                interface $Properties {

                    /** GetMembershipResponse role */
                    role?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetMembershipResponse. */
                type $Shape = keywarden.identity.v1.GetMembershipResponse.$Properties;
            }

            /**
             * Properties of an IdentityProvider.
             * @deprecated Use keywarden.identity.v1.IdentityProvider.$Properties instead.
             */
            interface IIdentityProvider extends keywarden.identity.v1.IdentityProvider.$Properties {
            }

            /** Represents an IdentityProvider. */
            class IdentityProvider {

                /**
                 * Constructs a new IdentityProvider.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.IdentityProvider.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** IdentityProvider identityProviderId. */
                identityProviderId: string;

                /** IdentityProvider name. */
                name: string;

                /** IdentityProvider issuer. */
                issuer: string;

                /** IdentityProvider clientId. */
                clientId: string;

                /** IdentityProvider clientSecretFingerprint. */
                clientSecretFingerprint: string;

                /** IdentityProvider scopes. */
                scopes: string[];

                /** IdentityProvider claimMapping. */
                claimMapping: { [k: string]: string };

                /** IdentityProvider identifierFilter. */
                identifierFilter: string;

                /** IdentityProvider enabled. */
                enabled: boolean;

                /**
                 * Encodes the specified IdentityProvider message. Does not implicitly {@link keywarden.identity.v1.IdentityProvider.verify|verify} messages.
                 * @param message IdentityProvider message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.IdentityProvider.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an IdentityProvider message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.IdentityProvider & keywarden.identity.v1.IdentityProvider.$Shape} IdentityProvider
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.IdentityProvider & keywarden.identity.v1.IdentityProvider.$Shape;

                /**
                 * Verifies an IdentityProvider message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an IdentityProvider message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns IdentityProvider
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.IdentityProvider;

                /**
                 * Creates a plain object from an IdentityProvider message. Also converts values to other types if specified.
                 * @param message IdentityProvider
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.IdentityProvider, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this IdentityProvider to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace IdentityProvider {

                /** Properties of an IdentityProvider. */
                interface $Properties {

                    /** IdentityProvider identityProviderId */
                    identityProviderId?: (string|null);

                    /** IdentityProvider name */
                    name?: (string|null);

                    /** IdentityProvider issuer */
                    issuer?: (string|null);

                    /** IdentityProvider clientId */
                    clientId?: (string|null);

                    /** IdentityProvider clientSecretFingerprint */
                    clientSecretFingerprint?: (string|null);

                    /** IdentityProvider scopes */
                    scopes?: (string[]|null);

                    /** IdentityProvider claimMapping */
                    claimMapping?: ({ [k: string]: string }|null);

                    /** IdentityProvider identifierFilter */
                    identifierFilter?: (string|null);

                    /** IdentityProvider enabled */
                    enabled?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an IdentityProvider. */
                type $Shape = keywarden.identity.v1.IdentityProvider.$Properties;
            }

            /**
             * Properties of a ConfigureIdentityProviderRequest.
             * @deprecated Use keywarden.identity.v1.ConfigureIdentityProviderRequest.$Properties instead.
             */
            interface IConfigureIdentityProviderRequest extends keywarden.identity.v1.ConfigureIdentityProviderRequest.$Properties {
            }

            /** Represents a ConfigureIdentityProviderRequest. */
            class ConfigureIdentityProviderRequest {

                /**
                 * Constructs a new ConfigureIdentityProviderRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.ConfigureIdentityProviderRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConfigureIdentityProviderRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** ConfigureIdentityProviderRequest identityProviderId. */
                identityProviderId: string;

                /** ConfigureIdentityProviderRequest name. */
                name: string;

                /** ConfigureIdentityProviderRequest issuer. */
                issuer: string;

                /** ConfigureIdentityProviderRequest clientId. */
                clientId: string;

                /** ConfigureIdentityProviderRequest clientSecret. */
                clientSecret: string;

                /** ConfigureIdentityProviderRequest scopes. */
                scopes: string[];

                /** ConfigureIdentityProviderRequest claimMapping. */
                claimMapping: { [k: string]: string };

                /** ConfigureIdentityProviderRequest identifierFilter. */
                identifierFilter: string;

                /** ConfigureIdentityProviderRequest enabled. */
                enabled: boolean;

                /**
                 * Encodes the specified ConfigureIdentityProviderRequest message. Does not implicitly {@link keywarden.identity.v1.ConfigureIdentityProviderRequest.verify|verify} messages.
                 * @param message ConfigureIdentityProviderRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.ConfigureIdentityProviderRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConfigureIdentityProviderRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.ConfigureIdentityProviderRequest & keywarden.identity.v1.ConfigureIdentityProviderRequest.$Shape} ConfigureIdentityProviderRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.ConfigureIdentityProviderRequest & keywarden.identity.v1.ConfigureIdentityProviderRequest.$Shape;

                /**
                 * Verifies a ConfigureIdentityProviderRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ConfigureIdentityProviderRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ConfigureIdentityProviderRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.ConfigureIdentityProviderRequest;

                /**
                 * Creates a plain object from a ConfigureIdentityProviderRequest message. Also converts values to other types if specified.
                 * @param message ConfigureIdentityProviderRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.ConfigureIdentityProviderRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ConfigureIdentityProviderRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ConfigureIdentityProviderRequest {

                /** Properties of a ConfigureIdentityProviderRequest. */
                interface $Properties {

                    /** ConfigureIdentityProviderRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** ConfigureIdentityProviderRequest identityProviderId */
                    identityProviderId?: (string|null);

                    /** ConfigureIdentityProviderRequest name */
                    name?: (string|null);

                    /** ConfigureIdentityProviderRequest issuer */
                    issuer?: (string|null);

                    /** ConfigureIdentityProviderRequest clientId */
                    clientId?: (string|null);

                    /** ConfigureIdentityProviderRequest clientSecret */
                    clientSecret?: (string|null);

                    /** ConfigureIdentityProviderRequest scopes */
                    scopes?: (string[]|null);

                    /** ConfigureIdentityProviderRequest claimMapping */
                    claimMapping?: ({ [k: string]: string }|null);

                    /** ConfigureIdentityProviderRequest identifierFilter */
                    identifierFilter?: (string|null);

                    /** ConfigureIdentityProviderRequest enabled */
                    enabled?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConfigureIdentityProviderRequest. */
                type $Shape = keywarden.identity.v1.ConfigureIdentityProviderRequest.$Properties;
            }

            /**
             * Properties of a ConfigureIdentityProviderResponse.
             * @deprecated Use keywarden.identity.v1.ConfigureIdentityProviderResponse.$Properties instead.
             */
            interface IConfigureIdentityProviderResponse extends keywarden.identity.v1.ConfigureIdentityProviderResponse.$Properties {
            }

            /** Represents a ConfigureIdentityProviderResponse. */
            class ConfigureIdentityProviderResponse {

                /**
                 * Constructs a new ConfigureIdentityProviderResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.ConfigureIdentityProviderResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConfigureIdentityProviderResponse identityProvider. */
                identityProvider?: (keywarden.identity.v1.IdentityProvider.$Properties|null);

                /**
                 * Encodes the specified ConfigureIdentityProviderResponse message. Does not implicitly {@link keywarden.identity.v1.ConfigureIdentityProviderResponse.verify|verify} messages.
                 * @param message ConfigureIdentityProviderResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.ConfigureIdentityProviderResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConfigureIdentityProviderResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.ConfigureIdentityProviderResponse & keywarden.identity.v1.ConfigureIdentityProviderResponse.$Shape} ConfigureIdentityProviderResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.ConfigureIdentityProviderResponse & keywarden.identity.v1.ConfigureIdentityProviderResponse.$Shape;

                /**
                 * Verifies a ConfigureIdentityProviderResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ConfigureIdentityProviderResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ConfigureIdentityProviderResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.ConfigureIdentityProviderResponse;

                /**
                 * Creates a plain object from a ConfigureIdentityProviderResponse message. Also converts values to other types if specified.
                 * @param message ConfigureIdentityProviderResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.ConfigureIdentityProviderResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ConfigureIdentityProviderResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ConfigureIdentityProviderResponse {

                /** Properties of a ConfigureIdentityProviderResponse. */
                interface $Properties {

                    /** ConfigureIdentityProviderResponse identityProvider */
                    identityProvider?: (keywarden.identity.v1.IdentityProvider.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConfigureIdentityProviderResponse. */
                type $Shape = keywarden.identity.v1.ConfigureIdentityProviderResponse.$Properties;
            }

            /**
             * Properties of a ListIdentityProvidersRequest.
             * @deprecated Use keywarden.identity.v1.ListIdentityProvidersRequest.$Properties instead.
             */
            interface IListIdentityProvidersRequest extends keywarden.identity.v1.ListIdentityProvidersRequest.$Properties {
            }

            /** Represents a ListIdentityProvidersRequest. */
            class ListIdentityProvidersRequest {

                /**
                 * Constructs a new ListIdentityProvidersRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.ListIdentityProvidersRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListIdentityProvidersRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /**
                 * Encodes the specified ListIdentityProvidersRequest message. Does not implicitly {@link keywarden.identity.v1.ListIdentityProvidersRequest.verify|verify} messages.
                 * @param message ListIdentityProvidersRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.ListIdentityProvidersRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListIdentityProvidersRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.ListIdentityProvidersRequest & keywarden.identity.v1.ListIdentityProvidersRequest.$Shape} ListIdentityProvidersRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.ListIdentityProvidersRequest & keywarden.identity.v1.ListIdentityProvidersRequest.$Shape;

                /**
                 * Verifies a ListIdentityProvidersRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListIdentityProvidersRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListIdentityProvidersRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.ListIdentityProvidersRequest;

                /**
                 * Creates a plain object from a ListIdentityProvidersRequest message. Also converts values to other types if specified.
                 * @param message ListIdentityProvidersRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.ListIdentityProvidersRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListIdentityProvidersRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ListIdentityProvidersRequest {

                /** Properties of a ListIdentityProvidersRequest. */
                interface $Properties {

                    /** ListIdentityProvidersRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListIdentityProvidersRequest. */
                type $Shape = keywarden.identity.v1.ListIdentityProvidersRequest.$Properties;
            }

            /**
             * Properties of a ListIdentityProvidersResponse.
             * @deprecated Use keywarden.identity.v1.ListIdentityProvidersResponse.$Properties instead.
             */
            interface IListIdentityProvidersResponse extends keywarden.identity.v1.ListIdentityProvidersResponse.$Properties {
            }

            /** Represents a ListIdentityProvidersResponse. */
            class ListIdentityProvidersResponse {

                /**
                 * Constructs a new ListIdentityProvidersResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.ListIdentityProvidersResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListIdentityProvidersResponse identityProviders. */
                identityProviders: keywarden.identity.v1.IdentityProvider.$Properties[];

                /**
                 * Encodes the specified ListIdentityProvidersResponse message. Does not implicitly {@link keywarden.identity.v1.ListIdentityProvidersResponse.verify|verify} messages.
                 * @param message ListIdentityProvidersResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.ListIdentityProvidersResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListIdentityProvidersResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.ListIdentityProvidersResponse & keywarden.identity.v1.ListIdentityProvidersResponse.$Shape} ListIdentityProvidersResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.ListIdentityProvidersResponse & keywarden.identity.v1.ListIdentityProvidersResponse.$Shape;

                /**
                 * Verifies a ListIdentityProvidersResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListIdentityProvidersResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListIdentityProvidersResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.ListIdentityProvidersResponse;

                /**
                 * Creates a plain object from a ListIdentityProvidersResponse message. Also converts values to other types if specified.
                 * @param message ListIdentityProvidersResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.ListIdentityProvidersResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListIdentityProvidersResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ListIdentityProvidersResponse {

                /** Properties of a ListIdentityProvidersResponse. */
                interface $Properties {

                    /** ListIdentityProvidersResponse identityProviders */
                    identityProviders?: (keywarden.identity.v1.IdentityProvider.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListIdentityProvidersResponse. */
                type $Shape = keywarden.identity.v1.ListIdentityProvidersResponse.$Properties;
            }

            /**
             * Properties of a StartSsoRequest.
             * @deprecated Use keywarden.identity.v1.StartSsoRequest.$Properties instead.
             */
            interface IStartSsoRequest extends keywarden.identity.v1.StartSsoRequest.$Properties {
            }

            /** Represents a StartSsoRequest. */
            class StartSsoRequest {

                /**
                 * Constructs a new StartSsoRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.StartSsoRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StartSsoRequest identityProviderId. */
                identityProviderId: string;

                /** StartSsoRequest redirectUri. */
                redirectUri: string;

                /**
                 * Encodes the specified StartSsoRequest message. Does not implicitly {@link keywarden.identity.v1.StartSsoRequest.verify|verify} messages.
                 * @param message StartSsoRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.StartSsoRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StartSsoRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.StartSsoRequest & keywarden.identity.v1.StartSsoRequest.$Shape} StartSsoRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.StartSsoRequest & keywarden.identity.v1.StartSsoRequest.$Shape;

                /**
                 * Verifies a StartSsoRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StartSsoRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StartSsoRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.StartSsoRequest;

                /**
                 * Creates a plain object from a StartSsoRequest message. Also converts values to other types if specified.
                 * @param message StartSsoRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.StartSsoRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StartSsoRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace StartSsoRequest {

                /** Properties of a StartSsoRequest. */
                interface $Properties {

                    /** StartSsoRequest identityProviderId */
                    identityProviderId?: (string|null);

                    /** StartSsoRequest redirectUri */
                    redirectUri?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StartSsoRequest. */
                type $Shape = keywarden.identity.v1.StartSsoRequest.$Properties;
            }

            /**
             * Properties of a StartSsoResponse.
             * @deprecated Use keywarden.identity.v1.StartSsoResponse.$Properties instead.
             */
            interface IStartSsoResponse extends keywarden.identity.v1.StartSsoResponse.$Properties {
            }

            /** Represents a StartSsoResponse. */
            class StartSsoResponse {

                /**
                 * Constructs a new StartSsoResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.StartSsoResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StartSsoResponse authorizationUrl. */
                authorizationUrl: string;

                /** StartSsoResponse binding. */
                binding: string;

                /**
                 * Encodes the specified StartSsoResponse message. Does not implicitly {@link keywarden.identity.v1.StartSsoResponse.verify|verify} messages.
                 * @param message StartSsoResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.StartSsoResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StartSsoResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.StartSsoResponse & keywarden.identity.v1.StartSsoResponse.$Shape} StartSsoResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.StartSsoResponse & keywarden.identity.v1.StartSsoResponse.$Shape;

                /**
                 * Verifies a StartSsoResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StartSsoResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StartSsoResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.StartSsoResponse;

                /**
                 * Creates a plain object from a StartSsoResponse message. Also converts values to other types if specified.
                 * @param message StartSsoResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.StartSsoResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StartSsoResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace StartSsoResponse {

                /** Properties of a StartSsoResponse. */
                interface $Properties {

                    /** StartSsoResponse authorizationUrl */
                    authorizationUrl?: (string|null);

                    /** StartSsoResponse binding */
                    binding?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StartSsoResponse. */
                type $Shape = keywarden.identity.v1.StartSsoResponse.$Properties;
            }

            /**
             * Properties of a CompleteSsoRequest.
             * @deprecated Use keywarden.identity.v1.CompleteSsoRequest.$Properties instead.
             */
            interface ICompleteSsoRequest extends keywarden.identity.v1.CompleteSsoRequest.$Properties {
            }

            /** Represents a CompleteSsoRequest. */
            class CompleteSsoRequest {

                /**
                 * Constructs a new CompleteSsoRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.CompleteSsoRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CompleteSsoRequest callbackUrl. */
                callbackUrl: string;

                /** CompleteSsoRequest binding. */
                binding: string;

                /** CompleteSsoRequest client. */
                client?: (keywarden.identity.v1.ClientInfo.$Properties|null);

                /**
                 * Encodes the specified CompleteSsoRequest message. Does not implicitly {@link keywarden.identity.v1.CompleteSsoRequest.verify|verify} messages.
                 * @param message CompleteSsoRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.CompleteSsoRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CompleteSsoRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.CompleteSsoRequest & keywarden.identity.v1.CompleteSsoRequest.$Shape} CompleteSsoRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.CompleteSsoRequest & keywarden.identity.v1.CompleteSsoRequest.$Shape;

                /**
                 * Verifies a CompleteSsoRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CompleteSsoRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CompleteSsoRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.CompleteSsoRequest;

                /**
                 * Creates a plain object from a CompleteSsoRequest message. Also converts values to other types if specified.
                 * @param message CompleteSsoRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.CompleteSsoRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CompleteSsoRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace CompleteSsoRequest {

                /** Properties of a CompleteSsoRequest. */
                interface $Properties {

                    /** CompleteSsoRequest callbackUrl */
                    callbackUrl?: (string|null);

                    /** CompleteSsoRequest binding */
                    binding?: (string|null);

                    /** CompleteSsoRequest client */
                    client?: (keywarden.identity.v1.ClientInfo.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CompleteSsoRequest. */
                type $Shape = keywarden.identity.v1.CompleteSsoRequest.$Properties;
            }

            /**
             * Properties of a CompleteSsoResponse.
             * @deprecated Use keywarden.identity.v1.CompleteSsoResponse.$Properties instead.
             */
            interface ICompleteSsoResponse extends keywarden.identity.v1.CompleteSsoResponse.$Properties {
            }

            /** Represents a CompleteSsoResponse. */
            class CompleteSsoResponse {

                /**
                 * Constructs a new CompleteSsoResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.CompleteSsoResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CompleteSsoResponse session. */
                session?: (keywarden.identity.v1.SessionTokens.$Properties|null);

                /**
                 * Encodes the specified CompleteSsoResponse message. Does not implicitly {@link keywarden.identity.v1.CompleteSsoResponse.verify|verify} messages.
                 * @param message CompleteSsoResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.CompleteSsoResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CompleteSsoResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.CompleteSsoResponse & keywarden.identity.v1.CompleteSsoResponse.$Shape} CompleteSsoResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.CompleteSsoResponse & keywarden.identity.v1.CompleteSsoResponse.$Shape;

                /**
                 * Verifies a CompleteSsoResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CompleteSsoResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CompleteSsoResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.CompleteSsoResponse;

                /**
                 * Creates a plain object from a CompleteSsoResponse message. Also converts values to other types if specified.
                 * @param message CompleteSsoResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.CompleteSsoResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CompleteSsoResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace CompleteSsoResponse {

                /** Properties of a CompleteSsoResponse. */
                interface $Properties {

                    /** CompleteSsoResponse session */
                    session?: (keywarden.identity.v1.SessionTokens.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CompleteSsoResponse. */
                type $Shape = keywarden.identity.v1.CompleteSsoResponse.$Properties;
            }

            /**
             * Properties of a RunTokenCleanupRequest.
             * @deprecated Use keywarden.identity.v1.RunTokenCleanupRequest.$Properties instead.
             */
            interface IRunTokenCleanupRequest extends keywarden.identity.v1.RunTokenCleanupRequest.$Properties {
            }

            /** Represents a RunTokenCleanupRequest. */
            class RunTokenCleanupRequest {

                /**
                 * Constructs a new RunTokenCleanupRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.RunTokenCleanupRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RunTokenCleanupRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /**
                 * Encodes the specified RunTokenCleanupRequest message. Does not implicitly {@link keywarden.identity.v1.RunTokenCleanupRequest.verify|verify} messages.
                 * @param message RunTokenCleanupRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.RunTokenCleanupRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RunTokenCleanupRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.RunTokenCleanupRequest & keywarden.identity.v1.RunTokenCleanupRequest.$Shape} RunTokenCleanupRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.RunTokenCleanupRequest & keywarden.identity.v1.RunTokenCleanupRequest.$Shape;

                /**
                 * Verifies a RunTokenCleanupRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RunTokenCleanupRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RunTokenCleanupRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.RunTokenCleanupRequest;

                /**
                 * Creates a plain object from a RunTokenCleanupRequest message. Also converts values to other types if specified.
                 * @param message RunTokenCleanupRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.RunTokenCleanupRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RunTokenCleanupRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace RunTokenCleanupRequest {

                /** Properties of a RunTokenCleanupRequest. */
                interface $Properties {

                    /** RunTokenCleanupRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RunTokenCleanupRequest. */
                type $Shape = keywarden.identity.v1.RunTokenCleanupRequest.$Properties;
            }

            /**
             * Properties of a RunTokenCleanupResponse.
             * @deprecated Use keywarden.identity.v1.RunTokenCleanupResponse.$Properties instead.
             */
            interface IRunTokenCleanupResponse extends keywarden.identity.v1.RunTokenCleanupResponse.$Properties {
            }

            /** Represents a RunTokenCleanupResponse. */
            class RunTokenCleanupResponse {

                /**
                 * Constructs a new RunTokenCleanupResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.RunTokenCleanupResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RunTokenCleanupResponse runId. */
                runId: string;

                /** RunTokenCleanupResponse cleanedCount. */
                cleanedCount: number;

                /** RunTokenCleanupResponse remainingTokens. */
                remainingTokens: number;

                /** RunTokenCleanupResponse durationMs. */
                durationMs: number;

                /** RunTokenCleanupResponse timestamp. */
                timestamp?: (google.protobuf.Timestamp.$Properties|null);

                /** RunTokenCleanupResponse cleanedRefreshTokenCount. */
                cleanedRefreshTokenCount: number;

                /** RunTokenCleanupResponse cleanedPersonalAccessTokenCount. */
                cleanedPersonalAccessTokenCount: number;

                /**
                 * Encodes the specified RunTokenCleanupResponse message. Does not implicitly {@link keywarden.identity.v1.RunTokenCleanupResponse.verify|verify} messages.
                 * @param message RunTokenCleanupResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.RunTokenCleanupResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RunTokenCleanupResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.RunTokenCleanupResponse & keywarden.identity.v1.RunTokenCleanupResponse.$Shape} RunTokenCleanupResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.RunTokenCleanupResponse & keywarden.identity.v1.RunTokenCleanupResponse.$Shape;

                /**
                 * Verifies a RunTokenCleanupResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RunTokenCleanupResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RunTokenCleanupResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.RunTokenCleanupResponse;

                /**
                 * Creates a plain object from a RunTokenCleanupResponse message. Also converts values to other types if specified.
                 * @param message RunTokenCleanupResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.RunTokenCleanupResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RunTokenCleanupResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace RunTokenCleanupResponse {

                /** Properties of a RunTokenCleanupResponse. */
                interface $Properties {

                    /** RunTokenCleanupResponse runId */
                    runId?: (string|null);

                    /** RunTokenCleanupResponse cleanedCount */
                    cleanedCount?: (number|null);

                    /** RunTokenCleanupResponse remainingTokens */
                    remainingTokens?: (number|null);

                    /** RunTokenCleanupResponse durationMs */
                    durationMs?: (number|null);

                    /** RunTokenCleanupResponse timestamp */
                    timestamp?: (google.protobuf.Timestamp.$Properties|null);

                    /** RunTokenCleanupResponse cleanedRefreshTokenCount */
                    cleanedRefreshTokenCount?: (number|null);

                    /** RunTokenCleanupResponse cleanedPersonalAccessTokenCount */
                    cleanedPersonalAccessTokenCount?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RunTokenCleanupResponse. */
                type $Shape = keywarden.identity.v1.RunTokenCleanupResponse.$Properties;
            }

            /**
             * Properties of an IdentityProviderConfigured.
             * @deprecated Use keywarden.identity.v1.IdentityProviderConfigured.$Properties instead.
             */
            interface IIdentityProviderConfigured extends keywarden.identity.v1.IdentityProviderConfigured.$Properties {
            }

            /** Represents an IdentityProviderConfigured. */
            class IdentityProviderConfigured {

                /**
                 * Constructs a new IdentityProviderConfigured.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.IdentityProviderConfigured.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** IdentityProviderConfigured identityProviderId. */
                identityProviderId: string;

                /** IdentityProviderConfigured name. */
                name: string;

                /** IdentityProviderConfigured issuer. */
                issuer: string;

                /** IdentityProviderConfigured clientId. */
                clientId: string;

                /** IdentityProviderConfigured clientSecretFingerprint. */
                clientSecretFingerprint: string;

                /** IdentityProviderConfigured scopes. */
                scopes: string[];

                /** IdentityProviderConfigured claimMapping. */
                claimMapping: { [k: string]: string };

                /** IdentityProviderConfigured identifierFilter. */
                identifierFilter: string;

                /** IdentityProviderConfigured enabled. */
                enabled: boolean;

                /** IdentityProviderConfigured actorUserId. */
                actorUserId: string;

                /**
                 * Encodes the specified IdentityProviderConfigured message. Does not implicitly {@link keywarden.identity.v1.IdentityProviderConfigured.verify|verify} messages.
                 * @param message IdentityProviderConfigured message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.IdentityProviderConfigured.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an IdentityProviderConfigured message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.IdentityProviderConfigured & keywarden.identity.v1.IdentityProviderConfigured.$Shape} IdentityProviderConfigured
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.IdentityProviderConfigured & keywarden.identity.v1.IdentityProviderConfigured.$Shape;

                /**
                 * Verifies an IdentityProviderConfigured message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an IdentityProviderConfigured message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns IdentityProviderConfigured
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.IdentityProviderConfigured;

                /**
                 * Creates a plain object from an IdentityProviderConfigured message. Also converts values to other types if specified.
                 * @param message IdentityProviderConfigured
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.IdentityProviderConfigured, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this IdentityProviderConfigured to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace IdentityProviderConfigured {

                /** Properties of an IdentityProviderConfigured. */
                interface $Properties {

                    /** IdentityProviderConfigured identityProviderId */
                    identityProviderId?: (string|null);

                    /** IdentityProviderConfigured name */
                    name?: (string|null);

                    /** IdentityProviderConfigured issuer */
                    issuer?: (string|null);

                    /** IdentityProviderConfigured clientId */
                    clientId?: (string|null);

                    /** IdentityProviderConfigured clientSecretFingerprint */
                    clientSecretFingerprint?: (string|null);

                    /** IdentityProviderConfigured scopes */
                    scopes?: (string[]|null);

                    /** IdentityProviderConfigured claimMapping */
                    claimMapping?: ({ [k: string]: string }|null);

                    /** IdentityProviderConfigured identifierFilter */
                    identifierFilter?: (string|null);

                    /** IdentityProviderConfigured enabled */
                    enabled?: (boolean|null);

                    /** IdentityProviderConfigured actorUserId */
                    actorUserId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an IdentityProviderConfigured. */
                type $Shape = keywarden.identity.v1.IdentityProviderConfigured.$Properties;
            }

            /**
             * Properties of an OrganizationCreated.
             * @deprecated Use keywarden.identity.v1.OrganizationCreated.$Properties instead.
             */
            interface IOrganizationCreated extends keywarden.identity.v1.OrganizationCreated.$Properties {
            }

            /** Represents an OrganizationCreated. */
            class OrganizationCreated {

                /**
                 * Constructs a new OrganizationCreated.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.OrganizationCreated.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OrganizationCreated organizationId. */
                organizationId: string;

                /** OrganizationCreated name. */
                name: string;

                /** OrganizationCreated slug. */
                slug: string;

                /** OrganizationCreated ownerUserId. */
                ownerUserId: string;

                /**
                 * Encodes the specified OrganizationCreated message. Does not implicitly {@link keywarden.identity.v1.OrganizationCreated.verify|verify} messages.
                 * @param message OrganizationCreated message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.OrganizationCreated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OrganizationCreated message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.OrganizationCreated & keywarden.identity.v1.OrganizationCreated.$Shape} OrganizationCreated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.OrganizationCreated & keywarden.identity.v1.OrganizationCreated.$Shape;

                /**
                 * Verifies an OrganizationCreated message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an OrganizationCreated message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns OrganizationCreated
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.OrganizationCreated;

                /**
                 * Creates a plain object from an OrganizationCreated message. Also converts values to other types if specified.
                 * @param message OrganizationCreated
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.OrganizationCreated, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this OrganizationCreated to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace OrganizationCreated {

                /** Properties of an OrganizationCreated. */
                interface $Properties {

                    /** OrganizationCreated organizationId */
                    organizationId?: (string|null);

                    /** OrganizationCreated name */
                    name?: (string|null);

                    /** OrganizationCreated slug */
                    slug?: (string|null);

                    /** OrganizationCreated ownerUserId */
                    ownerUserId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OrganizationCreated. */
                type $Shape = keywarden.identity.v1.OrganizationCreated.$Properties;
            }

            /**
             * Properties of a MemberAdded.
             * @deprecated Use keywarden.identity.v1.MemberAdded.$Properties instead.
             */
            interface IMemberAdded extends keywarden.identity.v1.MemberAdded.$Properties {
            }

            /** Represents a MemberAdded. */
            class MemberAdded {

                /**
                 * Constructs a new MemberAdded.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.MemberAdded.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MemberAdded organizationId. */
                organizationId: string;

                /** MemberAdded userId. */
                userId: string;

                /** MemberAdded role. */
                role: string;

                /** MemberAdded actorUserId. */
                actorUserId: string;

                /**
                 * Encodes the specified MemberAdded message. Does not implicitly {@link keywarden.identity.v1.MemberAdded.verify|verify} messages.
                 * @param message MemberAdded message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.MemberAdded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MemberAdded message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.MemberAdded & keywarden.identity.v1.MemberAdded.$Shape} MemberAdded
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.MemberAdded & keywarden.identity.v1.MemberAdded.$Shape;

                /**
                 * Verifies a MemberAdded message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MemberAdded message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MemberAdded
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.MemberAdded;

                /**
                 * Creates a plain object from a MemberAdded message. Also converts values to other types if specified.
                 * @param message MemberAdded
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.MemberAdded, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MemberAdded to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace MemberAdded {

                /** Properties of a MemberAdded. */
                interface $Properties {

                    /** MemberAdded organizationId */
                    organizationId?: (string|null);

                    /** MemberAdded userId */
                    userId?: (string|null);

                    /** MemberAdded role */
                    role?: (string|null);

                    /** MemberAdded actorUserId */
                    actorUserId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MemberAdded. */
                type $Shape = keywarden.identity.v1.MemberAdded.$Properties;
            }

            /**
             * Properties of a MemberRoleChanged.
             * @deprecated Use keywarden.identity.v1.MemberRoleChanged.$Properties instead.
             */
            interface IMemberRoleChanged extends keywarden.identity.v1.MemberRoleChanged.$Properties {
            }

            /** Represents a MemberRoleChanged. */
            class MemberRoleChanged {

                /**
                 * Constructs a new MemberRoleChanged.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.MemberRoleChanged.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MemberRoleChanged organizationId. */
                organizationId: string;

                /** MemberRoleChanged userId. */
                userId: string;

                /** MemberRoleChanged previousRole. */
                previousRole: string;

                /** MemberRoleChanged role. */
                role: string;

                /** MemberRoleChanged actorUserId. */
                actorUserId: string;

                /**
                 * Encodes the specified MemberRoleChanged message. Does not implicitly {@link keywarden.identity.v1.MemberRoleChanged.verify|verify} messages.
                 * @param message MemberRoleChanged message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.MemberRoleChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MemberRoleChanged message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.MemberRoleChanged & keywarden.identity.v1.MemberRoleChanged.$Shape} MemberRoleChanged
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.MemberRoleChanged & keywarden.identity.v1.MemberRoleChanged.$Shape;

                /**
                 * Verifies a MemberRoleChanged message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MemberRoleChanged message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MemberRoleChanged
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.MemberRoleChanged;

                /**
                 * Creates a plain object from a MemberRoleChanged message. Also converts values to other types if specified.
                 * @param message MemberRoleChanged
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.MemberRoleChanged, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MemberRoleChanged to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace MemberRoleChanged {

                /** Properties of a MemberRoleChanged. */
                interface $Properties {

                    /** MemberRoleChanged organizationId */
                    organizationId?: (string|null);

                    /** MemberRoleChanged userId */
                    userId?: (string|null);

                    /** MemberRoleChanged previousRole */
                    previousRole?: (string|null);

                    /** MemberRoleChanged role */
                    role?: (string|null);

                    /** MemberRoleChanged actorUserId */
                    actorUserId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MemberRoleChanged. */
                type $Shape = keywarden.identity.v1.MemberRoleChanged.$Properties;
            }

            /**
             * Properties of a MemberRemoved.
             * @deprecated Use keywarden.identity.v1.MemberRemoved.$Properties instead.
             */
            interface IMemberRemoved extends keywarden.identity.v1.MemberRemoved.$Properties {
            }

            /** Represents a MemberRemoved. */
            class MemberRemoved {

                /**
                 * Constructs a new MemberRemoved.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.MemberRemoved.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MemberRemoved organizationId. */
                organizationId: string;

                /** MemberRemoved userId. */
                userId: string;

                /** MemberRemoved actorUserId. */
                actorUserId: string;

                /** MemberRemoved reason. */
                reason: string;

                /**
                 * Encodes the specified MemberRemoved message. Does not implicitly {@link keywarden.identity.v1.MemberRemoved.verify|verify} messages.
                 * @param message MemberRemoved message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.MemberRemoved.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MemberRemoved message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.MemberRemoved & keywarden.identity.v1.MemberRemoved.$Shape} MemberRemoved
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.MemberRemoved & keywarden.identity.v1.MemberRemoved.$Shape;

                /**
                 * Verifies a MemberRemoved message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MemberRemoved message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MemberRemoved
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.MemberRemoved;

                /**
                 * Creates a plain object from a MemberRemoved message. Also converts values to other types if specified.
                 * @param message MemberRemoved
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.MemberRemoved, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MemberRemoved to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace MemberRemoved {

                /** Properties of a MemberRemoved. */
                interface $Properties {

                    /** MemberRemoved organizationId */
                    organizationId?: (string|null);

                    /** MemberRemoved userId */
                    userId?: (string|null);

                    /** MemberRemoved actorUserId */
                    actorUserId?: (string|null);

                    /** MemberRemoved reason */
                    reason?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MemberRemoved. */
                type $Shape = keywarden.identity.v1.MemberRemoved.$Properties;
            }

            /**
             * Properties of an OwnershipTransferred.
             * @deprecated Use keywarden.identity.v1.OwnershipTransferred.$Properties instead.
             */
            interface IOwnershipTransferred extends keywarden.identity.v1.OwnershipTransferred.$Properties {
            }

            /** Represents an OwnershipTransferred. */
            class OwnershipTransferred {

                /**
                 * Constructs a new OwnershipTransferred.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.OwnershipTransferred.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OwnershipTransferred organizationId. */
                organizationId: string;

                /** OwnershipTransferred previousOwnerUserId. */
                previousOwnerUserId: string;

                /** OwnershipTransferred newOwnerUserId. */
                newOwnerUserId: string;

                /** OwnershipTransferred actorUserId. */
                actorUserId: string;

                /**
                 * Encodes the specified OwnershipTransferred message. Does not implicitly {@link keywarden.identity.v1.OwnershipTransferred.verify|verify} messages.
                 * @param message OwnershipTransferred message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.OwnershipTransferred.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OwnershipTransferred message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.OwnershipTransferred & keywarden.identity.v1.OwnershipTransferred.$Shape} OwnershipTransferred
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.OwnershipTransferred & keywarden.identity.v1.OwnershipTransferred.$Shape;

                /**
                 * Verifies an OwnershipTransferred message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an OwnershipTransferred message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns OwnershipTransferred
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.OwnershipTransferred;

                /**
                 * Creates a plain object from an OwnershipTransferred message. Also converts values to other types if specified.
                 * @param message OwnershipTransferred
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.OwnershipTransferred, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this OwnershipTransferred to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace OwnershipTransferred {

                /** Properties of an OwnershipTransferred. */
                interface $Properties {

                    /** OwnershipTransferred organizationId */
                    organizationId?: (string|null);

                    /** OwnershipTransferred previousOwnerUserId */
                    previousOwnerUserId?: (string|null);

                    /** OwnershipTransferred newOwnerUserId */
                    newOwnerUserId?: (string|null);

                    /** OwnershipTransferred actorUserId */
                    actorUserId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OwnershipTransferred. */
                type $Shape = keywarden.identity.v1.OwnershipTransferred.$Properties;
            }

            /**
             * Properties of a PersonalAccessTokenCreated.
             * @deprecated Use keywarden.identity.v1.PersonalAccessTokenCreated.$Properties instead.
             */
            interface IPersonalAccessTokenCreated extends keywarden.identity.v1.PersonalAccessTokenCreated.$Properties {
            }

            /** Represents a PersonalAccessTokenCreated. */
            class PersonalAccessTokenCreated {

                /**
                 * Constructs a new PersonalAccessTokenCreated.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.PersonalAccessTokenCreated.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PersonalAccessTokenCreated tokenId. */
                tokenId: string;

                /** PersonalAccessTokenCreated userId. */
                userId: string;

                /** PersonalAccessTokenCreated name. */
                name: string;

                /** PersonalAccessTokenCreated description. */
                description: string;

                /** PersonalAccessTokenCreated scopes. */
                scopes: string[];

                /** PersonalAccessTokenCreated expiresAt. */
                expiresAt?: (google.protobuf.Timestamp.$Properties|null);

                /** PersonalAccessTokenCreated tokenFingerprint. */
                tokenFingerprint: string;

                /**
                 * Encodes the specified PersonalAccessTokenCreated message. Does not implicitly {@link keywarden.identity.v1.PersonalAccessTokenCreated.verify|verify} messages.
                 * @param message PersonalAccessTokenCreated message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.PersonalAccessTokenCreated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PersonalAccessTokenCreated message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.PersonalAccessTokenCreated & keywarden.identity.v1.PersonalAccessTokenCreated.$Shape} PersonalAccessTokenCreated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.PersonalAccessTokenCreated & keywarden.identity.v1.PersonalAccessTokenCreated.$Shape;

                /**
                 * Verifies a PersonalAccessTokenCreated message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PersonalAccessTokenCreated message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PersonalAccessTokenCreated
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.PersonalAccessTokenCreated;

                /**
                 * Creates a plain object from a PersonalAccessTokenCreated message. Also converts values to other types if specified.
                 * @param message PersonalAccessTokenCreated
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.PersonalAccessTokenCreated, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PersonalAccessTokenCreated to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace PersonalAccessTokenCreated {

                /** Properties of a PersonalAccessTokenCreated. */
                interface $Properties {

                    /** PersonalAccessTokenCreated tokenId */
                    tokenId?: (string|null);

                    /** PersonalAccessTokenCreated userId */
                    userId?: (string|null);

                    /** PersonalAccessTokenCreated name */
                    name?: (string|null);

                    /** PersonalAccessTokenCreated description */
                    description?: (string|null);

                    /** PersonalAccessTokenCreated scopes */
                    scopes?: (string[]|null);

                    /** PersonalAccessTokenCreated expiresAt */
                    expiresAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** PersonalAccessTokenCreated tokenFingerprint */
                    tokenFingerprint?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PersonalAccessTokenCreated. */
                type $Shape = keywarden.identity.v1.PersonalAccessTokenCreated.$Properties;
            }

            /**
             * Properties of a PersonalAccessTokenRevoked.
             * @deprecated Use keywarden.identity.v1.PersonalAccessTokenRevoked.$Properties instead.
             */
            interface IPersonalAccessTokenRevoked extends keywarden.identity.v1.PersonalAccessTokenRevoked.$Properties {
            }

            /** Represents a PersonalAccessTokenRevoked. */
            class PersonalAccessTokenRevoked {

                /**
                 * Constructs a new PersonalAccessTokenRevoked.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.PersonalAccessTokenRevoked.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PersonalAccessTokenRevoked tokenId. */
                tokenId: string;

                /** PersonalAccessTokenRevoked userId. */
                userId: string;

                /** PersonalAccessTokenRevoked actorUserId. */
                actorUserId: string;

                /** PersonalAccessTokenRevoked reason. */
                reason: string;

                /**
                 * Encodes the specified PersonalAccessTokenRevoked message. Does not implicitly {@link keywarden.identity.v1.PersonalAccessTokenRevoked.verify|verify} messages.
                 * @param message PersonalAccessTokenRevoked message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.PersonalAccessTokenRevoked.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PersonalAccessTokenRevoked message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.PersonalAccessTokenRevoked & keywarden.identity.v1.PersonalAccessTokenRevoked.$Shape} PersonalAccessTokenRevoked
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.PersonalAccessTokenRevoked & keywarden.identity.v1.PersonalAccessTokenRevoked.$Shape;

                /**
                 * Verifies a PersonalAccessTokenRevoked message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PersonalAccessTokenRevoked message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PersonalAccessTokenRevoked
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.PersonalAccessTokenRevoked;

                /**
                 * Creates a plain object from a PersonalAccessTokenRevoked message. Also converts values to other types if specified.
                 * @param message PersonalAccessTokenRevoked
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.PersonalAccessTokenRevoked, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PersonalAccessTokenRevoked to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace PersonalAccessTokenRevoked {

                /** Properties of a PersonalAccessTokenRevoked. */
                interface $Properties {

                    /** PersonalAccessTokenRevoked tokenId */
                    tokenId?: (string|null);

                    /** PersonalAccessTokenRevoked userId */
                    userId?: (string|null);

                    /** PersonalAccessTokenRevoked actorUserId */
                    actorUserId?: (string|null);

                    /** PersonalAccessTokenRevoked reason */
                    reason?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PersonalAccessTokenRevoked. */
                type $Shape = keywarden.identity.v1.PersonalAccessTokenRevoked.$Properties;
            }

            /**
             * Properties of a SessionStarted.
             * @deprecated Use keywarden.identity.v1.SessionStarted.$Properties instead.
             */
            interface ISessionStarted extends keywarden.identity.v1.SessionStarted.$Properties {
            }

            /** Represents a SessionStarted. */
            class SessionStarted {

                /**
                 * Constructs a new SessionStarted.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.SessionStarted.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SessionStarted sessionId. */
                sessionId: string;

                /** SessionStarted userId. */
                userId: string;

                /** SessionStarted method. */
                method: string;

                /** SessionStarted identityProviderId. */
                identityProviderId: string;

                /** SessionStarted refreshTokenId. */
                refreshTokenId: string;

                /** SessionStarted refreshTokenFingerprint. */
                refreshTokenFingerprint: string;

                /** SessionStarted expiresAt. */
                expiresAt?: (google.protobuf.Timestamp.$Properties|null);

                /** SessionStarted idleExpiresAt. */
                idleExpiresAt?: (google.protobuf.Timestamp.$Properties|null);

                /** SessionStarted clientIp. */
                clientIp: string;

                /** SessionStarted userAgent. */
                userAgent: string;

                /**
                 * Encodes the specified SessionStarted message. Does not implicitly {@link keywarden.identity.v1.SessionStarted.verify|verify} messages.
                 * @param message SessionStarted message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.SessionStarted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SessionStarted message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.SessionStarted & keywarden.identity.v1.SessionStarted.$Shape} SessionStarted
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.SessionStarted & keywarden.identity.v1.SessionStarted.$Shape;

                /**
                 * Verifies a SessionStarted message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SessionStarted message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SessionStarted
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.SessionStarted;

                /**
                 * Creates a plain object from a SessionStarted message. Also converts values to other types if specified.
                 * @param message SessionStarted
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.SessionStarted, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SessionStarted to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SessionStarted {

                /** Properties of a SessionStarted. */
                interface $Properties {

                    /** SessionStarted sessionId */
                    sessionId?: (string|null);

                    /** SessionStarted userId */
                    userId?: (string|null);

                    /** SessionStarted method */
                    method?: (string|null);

                    /** SessionStarted identityProviderId */
                    identityProviderId?: (string|null);

                    /** SessionStarted refreshTokenId */
                    refreshTokenId?: (string|null);

                    /** SessionStarted refreshTokenFingerprint */
                    refreshTokenFingerprint?: (string|null);

                    /** SessionStarted expiresAt */
                    expiresAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** SessionStarted idleExpiresAt */
                    idleExpiresAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** SessionStarted clientIp */
                    clientIp?: (string|null);

                    /** SessionStarted userAgent */
                    userAgent?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SessionStarted. */
                type $Shape = keywarden.identity.v1.SessionStarted.$Properties;
            }

            /**
             * Properties of a SessionRefreshed.
             * @deprecated Use keywarden.identity.v1.SessionRefreshed.$Properties instead.
             */
            interface ISessionRefreshed extends keywarden.identity.v1.SessionRefreshed.$Properties {
            }

            /** Represents a SessionRefreshed. */
            class SessionRefreshed {

                /**
                 * Constructs a new SessionRefreshed.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.SessionRefreshed.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SessionRefreshed sessionId. */
                sessionId: string;

                /** SessionRefreshed userId. */
                userId: string;

                /** SessionRefreshed generation. */
                generation: number;

                /** SessionRefreshed refreshTokenId. */
                refreshTokenId: string;

                /** SessionRefreshed refreshTokenFingerprint. */
                refreshTokenFingerprint: string;

                /** SessionRefreshed previousRefreshTokenId. */
                previousRefreshTokenId: string;

                /** SessionRefreshed idleExpiresAt. */
                idleExpiresAt?: (google.protobuf.Timestamp.$Properties|null);

                /** SessionRefreshed clientIp. */
                clientIp: string;

                /**
                 * Encodes the specified SessionRefreshed message. Does not implicitly {@link keywarden.identity.v1.SessionRefreshed.verify|verify} messages.
                 * @param message SessionRefreshed message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.SessionRefreshed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SessionRefreshed message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.SessionRefreshed & keywarden.identity.v1.SessionRefreshed.$Shape} SessionRefreshed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.SessionRefreshed & keywarden.identity.v1.SessionRefreshed.$Shape;

                /**
                 * Verifies a SessionRefreshed message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SessionRefreshed message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SessionRefreshed
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.SessionRefreshed;

                /**
                 * Creates a plain object from a SessionRefreshed message. Also converts values to other types if specified.
                 * @param message SessionRefreshed
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.SessionRefreshed, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SessionRefreshed to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SessionRefreshed {

                /** Properties of a SessionRefreshed. */
                interface $Properties {

                    /** SessionRefreshed sessionId */
                    sessionId?: (string|null);

                    /** SessionRefreshed userId */
                    userId?: (string|null);

                    /** SessionRefreshed generation */
                    generation?: (number|null);

                    /** SessionRefreshed refreshTokenId */
                    refreshTokenId?: (string|null);

                    /** SessionRefreshed refreshTokenFingerprint */
                    refreshTokenFingerprint?: (string|null);

                    /** SessionRefreshed previousRefreshTokenId */
                    previousRefreshTokenId?: (string|null);

                    /** SessionRefreshed idleExpiresAt */
                    idleExpiresAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** SessionRefreshed clientIp */
                    clientIp?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SessionRefreshed. */
                type $Shape = keywarden.identity.v1.SessionRefreshed.$Properties;
            }

            /**
             * Properties of a RefreshTokenReuseDetected.
             * @deprecated Use keywarden.identity.v1.RefreshTokenReuseDetected.$Properties instead.
             */
            interface IRefreshTokenReuseDetected extends keywarden.identity.v1.RefreshTokenReuseDetected.$Properties {
            }

            /** Represents a RefreshTokenReuseDetected. */
            class RefreshTokenReuseDetected {

                /**
                 * Constructs a new RefreshTokenReuseDetected.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.RefreshTokenReuseDetected.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RefreshTokenReuseDetected sessionId. */
                sessionId: string;

                /** RefreshTokenReuseDetected userId. */
                userId: string;

                /** RefreshTokenReuseDetected reusedRefreshTokenId. */
                reusedRefreshTokenId: string;

                /** RefreshTokenReuseDetected reusedGeneration. */
                reusedGeneration: number;

                /** RefreshTokenReuseDetected currentGeneration. */
                currentGeneration: number;

                /** RefreshTokenReuseDetected clientIp. */
                clientIp: string;

                /** RefreshTokenReuseDetected userAgent. */
                userAgent: string;

                /**
                 * Encodes the specified RefreshTokenReuseDetected message. Does not implicitly {@link keywarden.identity.v1.RefreshTokenReuseDetected.verify|verify} messages.
                 * @param message RefreshTokenReuseDetected message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.RefreshTokenReuseDetected.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RefreshTokenReuseDetected message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.RefreshTokenReuseDetected & keywarden.identity.v1.RefreshTokenReuseDetected.$Shape} RefreshTokenReuseDetected
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.RefreshTokenReuseDetected & keywarden.identity.v1.RefreshTokenReuseDetected.$Shape;

                /**
                 * Verifies a RefreshTokenReuseDetected message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RefreshTokenReuseDetected message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RefreshTokenReuseDetected
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.RefreshTokenReuseDetected;

                /**
                 * Creates a plain object from a RefreshTokenReuseDetected message. Also converts values to other types if specified.
                 * @param message RefreshTokenReuseDetected
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.RefreshTokenReuseDetected, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RefreshTokenReuseDetected to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace RefreshTokenReuseDetected {

                /** Properties of a RefreshTokenReuseDetected. */
                interface $Properties {

                    /** RefreshTokenReuseDetected sessionId */
                    sessionId?: (string|null);

                    /** RefreshTokenReuseDetected userId */
                    userId?: (string|null);

                    /** RefreshTokenReuseDetected reusedRefreshTokenId */
                    reusedRefreshTokenId?: (string|null);

                    /** RefreshTokenReuseDetected reusedGeneration */
                    reusedGeneration?: (number|null);

                    /** RefreshTokenReuseDetected currentGeneration */
                    currentGeneration?: (number|null);

                    /** RefreshTokenReuseDetected clientIp */
                    clientIp?: (string|null);

                    /** RefreshTokenReuseDetected userAgent */
                    userAgent?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RefreshTokenReuseDetected. */
                type $Shape = keywarden.identity.v1.RefreshTokenReuseDetected.$Properties;
            }

            /**
             * Properties of a SessionRevoked.
             * @deprecated Use keywarden.identity.v1.SessionRevoked.$Properties instead.
             */
            interface ISessionRevoked extends keywarden.identity.v1.SessionRevoked.$Properties {
            }

            /** Represents a SessionRevoked. */
            class SessionRevoked {

                /**
                 * Constructs a new SessionRevoked.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.SessionRevoked.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SessionRevoked sessionId. */
                sessionId: string;

                /** SessionRevoked userId. */
                userId: string;

                /** SessionRevoked reason. */
                reason: string;

                /** SessionRevoked actorUserId. */
                actorUserId: string;

                /**
                 * Encodes the specified SessionRevoked message. Does not implicitly {@link keywarden.identity.v1.SessionRevoked.verify|verify} messages.
                 * @param message SessionRevoked message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.SessionRevoked.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SessionRevoked message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.SessionRevoked & keywarden.identity.v1.SessionRevoked.$Shape} SessionRevoked
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.SessionRevoked & keywarden.identity.v1.SessionRevoked.$Shape;

                /**
                 * Verifies a SessionRevoked message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SessionRevoked message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SessionRevoked
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.SessionRevoked;

                /**
                 * Creates a plain object from a SessionRevoked message. Also converts values to other types if specified.
                 * @param message SessionRevoked
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.SessionRevoked, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SessionRevoked to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SessionRevoked {

                /** Properties of a SessionRevoked. */
                interface $Properties {

                    /** SessionRevoked sessionId */
                    sessionId?: (string|null);

                    /** SessionRevoked userId */
                    userId?: (string|null);

                    /** SessionRevoked reason */
                    reason?: (string|null);

                    /** SessionRevoked actorUserId */
                    actorUserId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SessionRevoked. */
                type $Shape = keywarden.identity.v1.SessionRevoked.$Properties;
            }

            /**
             * Properties of a SigningKeyRotated.
             * @deprecated Use keywarden.identity.v1.SigningKeyRotated.$Properties instead.
             */
            interface ISigningKeyRotated extends keywarden.identity.v1.SigningKeyRotated.$Properties {
            }

            /** Represents a SigningKeyRotated. */
            class SigningKeyRotated {

                /**
                 * Constructs a new SigningKeyRotated.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.SigningKeyRotated.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SigningKeyRotated keyId. */
                keyId: string;

                /** SigningKeyRotated algorithm. */
                algorithm: string;

                /** SigningKeyRotated publicKeyFingerprint. */
                publicKeyFingerprint: string;

                /** SigningKeyRotated previousKeyId. */
                previousKeyId: string;

                /** SigningKeyRotated retirePreviousAt. */
                retirePreviousAt?: (google.protobuf.Timestamp.$Properties|null);

                /** SigningKeyRotated actorUserId. */
                actorUserId: string;

                /**
                 * Encodes the specified SigningKeyRotated message. Does not implicitly {@link keywarden.identity.v1.SigningKeyRotated.verify|verify} messages.
                 * @param message SigningKeyRotated message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.SigningKeyRotated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SigningKeyRotated message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.SigningKeyRotated & keywarden.identity.v1.SigningKeyRotated.$Shape} SigningKeyRotated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.SigningKeyRotated & keywarden.identity.v1.SigningKeyRotated.$Shape;

                /**
                 * Verifies a SigningKeyRotated message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SigningKeyRotated message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SigningKeyRotated
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.SigningKeyRotated;

                /**
                 * Creates a plain object from a SigningKeyRotated message. Also converts values to other types if specified.
                 * @param message SigningKeyRotated
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.SigningKeyRotated, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SigningKeyRotated to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SigningKeyRotated {

                /** Properties of a SigningKeyRotated. */
                interface $Properties {

                    /** SigningKeyRotated keyId */
                    keyId?: (string|null);

                    /** SigningKeyRotated algorithm */
                    algorithm?: (string|null);

                    /** SigningKeyRotated publicKeyFingerprint */
                    publicKeyFingerprint?: (string|null);

                    /** SigningKeyRotated previousKeyId */
                    previousKeyId?: (string|null);

                    /** SigningKeyRotated retirePreviousAt */
                    retirePreviousAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** SigningKeyRotated actorUserId */
                    actorUserId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SigningKeyRotated. */
                type $Shape = keywarden.identity.v1.SigningKeyRotated.$Properties;
            }

            /**
             * Properties of an ExpiredTokensPurged.
             * @deprecated Use keywarden.identity.v1.ExpiredTokensPurged.$Properties instead.
             */
            interface IExpiredTokensPurged extends keywarden.identity.v1.ExpiredTokensPurged.$Properties {
            }

            /** Represents an ExpiredTokensPurged. */
            class ExpiredTokensPurged {

                /**
                 * Constructs a new ExpiredTokensPurged.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.ExpiredTokensPurged.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ExpiredTokensPurged runId. */
                runId: string;

                /** ExpiredTokensPurged cleanedCount. */
                cleanedCount: number;

                /** ExpiredTokensPurged remainingTokens. */
                remainingTokens: number;

                /** ExpiredTokensPurged durationMs. */
                durationMs: number;

                /** ExpiredTokensPurged timestamp. */
                timestamp?: (google.protobuf.Timestamp.$Properties|null);

                /** ExpiredTokensPurged trigger. */
                trigger: string;

                /** ExpiredTokensPurged cleanedRefreshTokenCount. */
                cleanedRefreshTokenCount: number;

                /** ExpiredTokensPurged cleanedPersonalAccessTokenCount. */
                cleanedPersonalAccessTokenCount: number;

                /**
                 * Encodes the specified ExpiredTokensPurged message. Does not implicitly {@link keywarden.identity.v1.ExpiredTokensPurged.verify|verify} messages.
                 * @param message ExpiredTokensPurged message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.ExpiredTokensPurged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ExpiredTokensPurged message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.ExpiredTokensPurged & keywarden.identity.v1.ExpiredTokensPurged.$Shape} ExpiredTokensPurged
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.ExpiredTokensPurged & keywarden.identity.v1.ExpiredTokensPurged.$Shape;

                /**
                 * Verifies an ExpiredTokensPurged message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an ExpiredTokensPurged message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ExpiredTokensPurged
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.ExpiredTokensPurged;

                /**
                 * Creates a plain object from an ExpiredTokensPurged message. Also converts values to other types if specified.
                 * @param message ExpiredTokensPurged
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.ExpiredTokensPurged, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ExpiredTokensPurged to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ExpiredTokensPurged {

                /** Properties of an ExpiredTokensPurged. */
                interface $Properties {

                    /** ExpiredTokensPurged runId */
                    runId?: (string|null);

                    /** ExpiredTokensPurged cleanedCount */
                    cleanedCount?: (number|null);

                    /** ExpiredTokensPurged remainingTokens */
                    remainingTokens?: (number|null);

                    /** ExpiredTokensPurged durationMs */
                    durationMs?: (number|null);

                    /** ExpiredTokensPurged timestamp */
                    timestamp?: (google.protobuf.Timestamp.$Properties|null);

                    /** ExpiredTokensPurged trigger */
                    trigger?: (string|null);

                    /** ExpiredTokensPurged cleanedRefreshTokenCount */
                    cleanedRefreshTokenCount?: (number|null);

                    /** ExpiredTokensPurged cleanedPersonalAccessTokenCount */
                    cleanedPersonalAccessTokenCount?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ExpiredTokensPurged. */
                type $Shape = keywarden.identity.v1.ExpiredTokensPurged.$Properties;
            }

            /**
             * Properties of a UserRegistered.
             * @deprecated Use keywarden.identity.v1.UserRegistered.$Properties instead.
             */
            interface IUserRegistered extends keywarden.identity.v1.UserRegistered.$Properties {
            }

            /** Represents a UserRegistered. */
            class UserRegistered {

                /**
                 * Constructs a new UserRegistered.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.UserRegistered.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** UserRegistered userId. */
                userId: string;

                /** UserRegistered email. */
                email: string;

                /** UserRegistered displayName. */
                displayName: string;

                /** UserRegistered method. */
                method: string;

                /** UserRegistered identityProviderId. */
                identityProviderId: string;

                /** UserRegistered roles. */
                roles: string[];

                /**
                 * Encodes the specified UserRegistered message. Does not implicitly {@link keywarden.identity.v1.UserRegistered.verify|verify} messages.
                 * @param message UserRegistered message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.UserRegistered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a UserRegistered message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.UserRegistered & keywarden.identity.v1.UserRegistered.$Shape} UserRegistered
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.UserRegistered & keywarden.identity.v1.UserRegistered.$Shape;

                /**
                 * Verifies a UserRegistered message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a UserRegistered message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns UserRegistered
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.UserRegistered;

                /**
                 * Creates a plain object from a UserRegistered message. Also converts values to other types if specified.
                 * @param message UserRegistered
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.UserRegistered, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this UserRegistered to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace UserRegistered {

                /** Properties of a UserRegistered. */
                interface $Properties {

                    /** UserRegistered userId */
                    userId?: (string|null);

                    /** UserRegistered email */
                    email?: (string|null);

                    /** UserRegistered displayName */
                    displayName?: (string|null);

                    /** UserRegistered method */
                    method?: (string|null);

                    /** UserRegistered identityProviderId */
                    identityProviderId?: (string|null);

                    /** UserRegistered roles */
                    roles?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a UserRegistered. */
                type $Shape = keywarden.identity.v1.UserRegistered.$Properties;
            }

            /**
             * Properties of a UserDisabled.
             * @deprecated Use keywarden.identity.v1.UserDisabled.$Properties instead.
             */
            interface IUserDisabled extends keywarden.identity.v1.UserDisabled.$Properties {
            }

            /** Represents a UserDisabled. */
            class UserDisabled {

                /**
                 * Constructs a new UserDisabled.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.UserDisabled.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** UserDisabled userId. */
                userId: string;

                /** UserDisabled actorUserId. */
                actorUserId: string;

                /** UserDisabled reason. */
                reason: string;

                /**
                 * Encodes the specified UserDisabled message. Does not implicitly {@link keywarden.identity.v1.UserDisabled.verify|verify} messages.
                 * @param message UserDisabled message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.UserDisabled.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a UserDisabled message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.UserDisabled & keywarden.identity.v1.UserDisabled.$Shape} UserDisabled
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.UserDisabled & keywarden.identity.v1.UserDisabled.$Shape;

                /**
                 * Verifies a UserDisabled message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a UserDisabled message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns UserDisabled
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.UserDisabled;

                /**
                 * Creates a plain object from a UserDisabled message. Also converts values to other types if specified.
                 * @param message UserDisabled
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.UserDisabled, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this UserDisabled to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace UserDisabled {

                /** Properties of a UserDisabled. */
                interface $Properties {

                    /** UserDisabled userId */
                    userId?: (string|null);

                    /** UserDisabled actorUserId */
                    actorUserId?: (string|null);

                    /** UserDisabled reason */
                    reason?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a UserDisabled. */
                type $Shape = keywarden.identity.v1.UserDisabled.$Properties;
            }

            /**
             * Properties of a UserEnabled.
             * @deprecated Use keywarden.identity.v1.UserEnabled.$Properties instead.
             */
            interface IUserEnabled extends keywarden.identity.v1.UserEnabled.$Properties {
            }

            /** Represents a UserEnabled. */
            class UserEnabled {

                /**
                 * Constructs a new UserEnabled.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.UserEnabled.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** UserEnabled userId. */
                userId: string;

                /** UserEnabled actorUserId. */
                actorUserId: string;

                /**
                 * Encodes the specified UserEnabled message. Does not implicitly {@link keywarden.identity.v1.UserEnabled.verify|verify} messages.
                 * @param message UserEnabled message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.UserEnabled.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a UserEnabled message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.UserEnabled & keywarden.identity.v1.UserEnabled.$Shape} UserEnabled
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.UserEnabled & keywarden.identity.v1.UserEnabled.$Shape;

                /**
                 * Verifies a UserEnabled message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a UserEnabled message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns UserEnabled
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.UserEnabled;

                /**
                 * Creates a plain object from a UserEnabled message. Also converts values to other types if specified.
                 * @param message UserEnabled
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.UserEnabled, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this UserEnabled to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace UserEnabled {

                /** Properties of a UserEnabled. */
                interface $Properties {

                    /** UserEnabled userId */
                    userId?: (string|null);

                    /** UserEnabled actorUserId */
                    actorUserId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a UserEnabled. */
                type $Shape = keywarden.identity.v1.UserEnabled.$Properties;
            }

            /**
             * Properties of a PasswordChanged.
             * @deprecated Use keywarden.identity.v1.PasswordChanged.$Properties instead.
             */
            interface IPasswordChanged extends keywarden.identity.v1.PasswordChanged.$Properties {
            }

            /** Represents a PasswordChanged. */
            class PasswordChanged {

                /**
                 * Constructs a new PasswordChanged.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.identity.v1.PasswordChanged.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PasswordChanged userId. */
                userId: string;

                /** PasswordChanged actorUserId. */
                actorUserId: string;

                /** PasswordChanged revokedBefore. */
                revokedBefore?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Encodes the specified PasswordChanged message. Does not implicitly {@link keywarden.identity.v1.PasswordChanged.verify|verify} messages.
                 * @param message PasswordChanged message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.identity.v1.PasswordChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PasswordChanged message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.PasswordChanged & keywarden.identity.v1.PasswordChanged.$Shape} PasswordChanged
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.identity.v1.PasswordChanged & keywarden.identity.v1.PasswordChanged.$Shape;

                /**
                 * Verifies a PasswordChanged message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PasswordChanged message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PasswordChanged
                 */
                static fromObject(object: { [k: string]: any }): keywarden.identity.v1.PasswordChanged;

                /**
                 * Creates a plain object from a PasswordChanged message. Also converts values to other types if specified.
                 * @param message PasswordChanged
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.identity.v1.PasswordChanged, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PasswordChanged to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace PasswordChanged {

                /** Properties of a PasswordChanged. */
                interface $Properties {

                    /** PasswordChanged userId */
                    userId?: (string|null);

                    /** PasswordChanged actorUserId */
                    actorUserId?: (string|null);

                    /** PasswordChanged revokedBefore */
                    revokedBefore?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PasswordChanged. */
                type $Shape = keywarden.identity.v1.PasswordChanged.$Properties;
            }
        }
    }

    /** Namespace notify. */
    namespace notify {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a NotificationSent.
             * @deprecated Use keywarden.notify.v1.NotificationSent.$Properties instead.
             */
            interface INotificationSent extends keywarden.notify.v1.NotificationSent.$Properties {
            }

            /** Represents a NotificationSent. */
            class NotificationSent {

                /**
                 * Constructs a new NotificationSent.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.notify.v1.NotificationSent.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** NotificationSent deliveryId. */
                deliveryId: string;

                /** NotificationSent channelId. */
                channelId: string;

                /** NotificationSent channelKind. */
                channelKind: string;

                /** NotificationSent kind. */
                kind: string;

                /** NotificationSent sourceEventId. */
                sourceEventId: string;

                /** NotificationSent sourceEventType. */
                sourceEventType: string;

                /** NotificationSent attempt. */
                attempt: number;

                /** NotificationSent organizationId. */
                organizationId: string;

                /** NotificationSent userId. */
                userId: string;

                /** NotificationSent sentAt. */
                sentAt?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Encodes the specified NotificationSent message. Does not implicitly {@link keywarden.notify.v1.NotificationSent.verify|verify} messages.
                 * @param message NotificationSent message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.notify.v1.NotificationSent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a NotificationSent message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.notify.v1.NotificationSent & keywarden.notify.v1.NotificationSent.$Shape} NotificationSent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.notify.v1.NotificationSent & keywarden.notify.v1.NotificationSent.$Shape;

                /**
                 * Verifies a NotificationSent message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a NotificationSent message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns NotificationSent
                 */
                static fromObject(object: { [k: string]: any }): keywarden.notify.v1.NotificationSent;

                /**
                 * Creates a plain object from a NotificationSent message. Also converts values to other types if specified.
                 * @param message NotificationSent
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.notify.v1.NotificationSent, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this NotificationSent to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace NotificationSent {

                /** Properties of a NotificationSent. */
                interface $Properties {

                    /** NotificationSent deliveryId */
                    deliveryId?: (string|null);

                    /** NotificationSent channelId */
                    channelId?: (string|null);

                    /** NotificationSent channelKind */
                    channelKind?: (string|null);

                    /** NotificationSent kind */
                    kind?: (string|null);

                    /** NotificationSent sourceEventId */
                    sourceEventId?: (string|null);

                    /** NotificationSent sourceEventType */
                    sourceEventType?: (string|null);

                    /** NotificationSent attempt */
                    attempt?: (number|null);

                    /** NotificationSent organizationId */
                    organizationId?: (string|null);

                    /** NotificationSent userId */
                    userId?: (string|null);

                    /** NotificationSent sentAt */
                    sentAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a NotificationSent. */
                type $Shape = keywarden.notify.v1.NotificationSent.$Properties;
            }

            /**
             * Properties of a NotificationFailed.
             * @deprecated Use keywarden.notify.v1.NotificationFailed.$Properties instead.
             */
            interface INotificationFailed extends keywarden.notify.v1.NotificationFailed.$Properties {
            }

            /** Represents a NotificationFailed. */
            class NotificationFailed {

                /**
                 * Constructs a new NotificationFailed.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.notify.v1.NotificationFailed.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** NotificationFailed deliveryId. */
                deliveryId: string;

                /** NotificationFailed channelId. */
                channelId: string;

                /** NotificationFailed channelKind. */
                channelKind: string;

                /** NotificationFailed kind. */
                kind: string;

                /** NotificationFailed sourceEventId. */
                sourceEventId: string;

                /** NotificationFailed sourceEventType. */
                sourceEventType: string;

                /** NotificationFailed attempt. */
                attempt: number;

                /** NotificationFailed errorClass. */
                errorClass: string;

                /** NotificationFailed statusCode. */
                statusCode: number;

                /** NotificationFailed organizationId. */
                organizationId: string;

                /** NotificationFailed userId. */
                userId: string;

                /** NotificationFailed failedAt. */
                failedAt?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Encodes the specified NotificationFailed message. Does not implicitly {@link keywarden.notify.v1.NotificationFailed.verify|verify} messages.
                 * @param message NotificationFailed message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.notify.v1.NotificationFailed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a NotificationFailed message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.notify.v1.NotificationFailed & keywarden.notify.v1.NotificationFailed.$Shape} NotificationFailed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.notify.v1.NotificationFailed & keywarden.notify.v1.NotificationFailed.$Shape;

                /**
                 * Verifies a NotificationFailed message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a NotificationFailed message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns NotificationFailed
                 */
                static fromObject(object: { [k: string]: any }): keywarden.notify.v1.NotificationFailed;

                /**
                 * Creates a plain object from a NotificationFailed message. Also converts values to other types if specified.
                 * @param message NotificationFailed
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.notify.v1.NotificationFailed, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this NotificationFailed to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace NotificationFailed {

                /** Properties of a NotificationFailed. */
                interface $Properties {

                    /** NotificationFailed deliveryId */
                    deliveryId?: (string|null);

                    /** NotificationFailed channelId */
                    channelId?: (string|null);

                    /** NotificationFailed channelKind */
                    channelKind?: (string|null);

                    /** NotificationFailed kind */
                    kind?: (string|null);

                    /** NotificationFailed sourceEventId */
                    sourceEventId?: (string|null);

                    /** NotificationFailed sourceEventType */
                    sourceEventType?: (string|null);

                    /** NotificationFailed attempt */
                    attempt?: (number|null);

                    /** NotificationFailed errorClass */
                    errorClass?: (string|null);

                    /** NotificationFailed statusCode */
                    statusCode?: (number|null);

                    /** NotificationFailed organizationId */
                    organizationId?: (string|null);

                    /** NotificationFailed userId */
                    userId?: (string|null);

                    /** NotificationFailed failedAt */
                    failedAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a NotificationFailed. */
                type $Shape = keywarden.notify.v1.NotificationFailed.$Properties;
            }

            /**
             * Properties of an Owner.
             * @deprecated Use keywarden.notify.v1.Owner.$Properties instead.
             */
            interface IOwner extends keywarden.notify.v1.Owner.$Properties {
            }

            /** Represents an Owner. */
            class Owner {

                /**
                 * Constructs a new Owner.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.notify.v1.Owner.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Owner organizationId. */
                organizationId: string;

                /** Owner userId. */
                userId: string;

                /**
                 * Encodes the specified Owner message. Does not implicitly {@link keywarden.notify.v1.Owner.verify|verify} messages.
                 * @param message Owner message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.notify.v1.Owner.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Owner message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.notify.v1.Owner & keywarden.notify.v1.Owner.$Shape} Owner
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.notify.v1.Owner & keywarden.notify.v1.Owner.$Shape;

                /**
                 * Verifies an Owner message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Owner message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Owner
                 */
                static fromObject(object: { [k: string]: any }): keywarden.notify.v1.Owner;

                /**
                 * Creates a plain object from an Owner message. Also converts values to other types if specified.
                 * @param message Owner
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.notify.v1.Owner, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Owner to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Owner {

                /** Properties of an Owner. */
                interface $Properties {

                    /** Owner organizationId */
                    organizationId?: (string|null);

                    /** Owner userId */
                    userId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Owner. */
                type $Shape = keywarden.notify.v1.Owner.$Properties;
            }

            /**
             * Properties of an EmailSettings.
             * @deprecated Use keywarden.notify.v1.EmailSettings.$Properties instead.
             */
            interface IEmailSettings extends keywarden.notify.v1.EmailSettings.$Properties {
            }

            /** Represents an EmailSettings. */
            class EmailSettings {

                /**
                 * Constructs a new EmailSettings.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.notify.v1.EmailSettings.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EmailSettings host. */
                host: string;

                /** EmailSettings port. */
                port: number;

                /** EmailSettings security. */
                security: string;

                /** EmailSettings tlsSkipVerify. */
                tlsSkipVerify: boolean;

                /** EmailSettings username. */
                username: string;

                /** EmailSettings password. */
                password: string;

                /** EmailSettings from. */
                from: string;

                /** EmailSettings to. */
                to: string[];

                /**
                 * Encodes the specified EmailSettings message. Does not implicitly {@link keywarden.notify.v1.EmailSettings.verify|verify} messages.
                 * @param message EmailSettings message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.notify.v1.EmailSettings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EmailSettings message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.notify.v1.EmailSettings & keywarden.notify.v1.EmailSettings.$Shape} EmailSettings
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.notify.v1.EmailSettings & keywarden.notify.v1.EmailSettings.$Shape;

                /**
                 * Verifies an EmailSettings message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EmailSettings message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EmailSettings
                 */
                static fromObject(object: { [k: string]: any }): keywarden.notify.v1.EmailSettings;

                /**
                 * Creates a plain object from an EmailSettings message. Also converts values to other types if specified.
                 * @param message EmailSettings
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.notify.v1.EmailSettings, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EmailSettings to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace EmailSettings {

                /** Properties of an EmailSettings. */
                interface $Properties {

                    /** EmailSettings host */
                    host?: (string|null);

                    /** EmailSettings port */
                    port?: (number|null);

                    /** EmailSettings security */
                    security?: (string|null);

                    /** EmailSettings tlsSkipVerify */
                    tlsSkipVerify?: (boolean|null);

                    /** EmailSettings username */
                    username?: (string|null);

                    /** EmailSettings password */
                    password?: (string|null);

                    /** EmailSettings from */
                    from?: (string|null);

                    /** EmailSettings to */
                    to?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EmailSettings. */
                type $Shape = keywarden.notify.v1.EmailSettings.$Properties;
            }

            /**
             * Properties of a CreateChannelRequest.
             * @deprecated Use keywarden.notify.v1.CreateChannelRequest.$Properties instead.
             */
            interface ICreateChannelRequest extends keywarden.notify.v1.CreateChannelRequest.$Properties {
            }

            /** Represents a CreateChannelRequest. */
            class CreateChannelRequest {

                /**
                 * Constructs a new CreateChannelRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.notify.v1.CreateChannelRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CreateChannelRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** CreateChannelRequest owner. */
                owner?: (keywarden.notify.v1.Owner.$Properties|null);

                /** CreateChannelRequest kind. */
                kind: string;

                /** CreateChannelRequest name. */
                name: string;

                /** CreateChannelRequest locale. */
                locale: string;

                /** CreateChannelRequest url. */
                url: string;

                /** CreateChannelRequest signingSecret. */
                signingSecret: string;

                /** CreateChannelRequest email. */
                email?: (keywarden.notify.v1.EmailSettings.$Properties|null);

                /**
                 * Encodes the specified CreateChannelRequest message. Does not implicitly {@link keywarden.notify.v1.CreateChannelRequest.verify|verify} messages.
                 * @param message CreateChannelRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.notify.v1.CreateChannelRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateChannelRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.notify.v1.CreateChannelRequest & keywarden.notify.v1.CreateChannelRequest.$Shape} CreateChannelRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.notify.v1.CreateChannelRequest & keywarden.notify.v1.CreateChannelRequest.$Shape;

                /**
                 * Verifies a CreateChannelRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CreateChannelRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateChannelRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.notify.v1.CreateChannelRequest;

                /**
                 * Creates a plain object from a CreateChannelRequest message. Also converts values to other types if specified.
                 * @param message CreateChannelRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.notify.v1.CreateChannelRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateChannelRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace CreateChannelRequest {

                /** Properties of a CreateChannelRequest. */
                interface $Properties {

                    /** CreateChannelRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** CreateChannelRequest owner */
                    owner?: (keywarden.notify.v1.Owner.$Properties|null);

                    /** CreateChannelRequest kind */
                    kind?: (string|null);

                    /** CreateChannelRequest name */
                    name?: (string|null);

                    /** CreateChannelRequest locale */
                    locale?: (string|null);

                    /** CreateChannelRequest url */
                    url?: (string|null);

                    /** CreateChannelRequest signingSecret */
                    signingSecret?: (string|null);

                    /** CreateChannelRequest email */
                    email?: (keywarden.notify.v1.EmailSettings.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CreateChannelRequest. */
                type $Shape = keywarden.notify.v1.CreateChannelRequest.$Properties;
            }

            /**
             * Properties of a CreateChannelResponse.
             * @deprecated Use keywarden.notify.v1.CreateChannelResponse.$Properties instead.
             */
            interface ICreateChannelResponse extends keywarden.notify.v1.CreateChannelResponse.$Properties {
            }

            /** Represents a CreateChannelResponse. */
            class CreateChannelResponse {

                /**
                 * Constructs a new CreateChannelResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.notify.v1.CreateChannelResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CreateChannelResponse channel. */
                channel?: (keywarden.notify.v1.Channel.$Properties|null);

                /**
                 * Encodes the specified CreateChannelResponse message. Does not implicitly {@link keywarden.notify.v1.CreateChannelResponse.verify|verify} messages.
                 * @param message CreateChannelResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.notify.v1.CreateChannelResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateChannelResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.notify.v1.CreateChannelResponse & keywarden.notify.v1.CreateChannelResponse.$Shape} CreateChannelResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.notify.v1.CreateChannelResponse & keywarden.notify.v1.CreateChannelResponse.$Shape;

                /**
                 * Verifies a CreateChannelResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CreateChannelResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateChannelResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.notify.v1.CreateChannelResponse;

                /**
                 * Creates a plain object from a CreateChannelResponse message. Also converts values to other types if specified.
                 * @param message CreateChannelResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.notify.v1.CreateChannelResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateChannelResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace CreateChannelResponse {

                /** Properties of a CreateChannelResponse. */
                interface $Properties {

                    /** CreateChannelResponse channel */
                    channel?: (keywarden.notify.v1.Channel.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CreateChannelResponse. */
                type $Shape = keywarden.notify.v1.CreateChannelResponse.$Properties;
            }

            /**
             * Properties of a Channel.
             * @deprecated Use keywarden.notify.v1.Channel.$Properties instead.
             */
            interface IChannel extends keywarden.notify.v1.Channel.$Properties {
            }

            /** Represents a Channel. */
            class Channel {

                /**
                 * Constructs a new Channel.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.notify.v1.Channel.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Channel channelId. */
                channelId: string;

                /** Channel owner. */
                owner?: (keywarden.notify.v1.Owner.$Properties|null);

                /** Channel kind. */
                kind: string;

                /** Channel name. */
                name: string;

                /** Channel locale. */
                locale: string;

                /** Channel enabled. */
                enabled: boolean;

                /** Channel endpointHost. */
                endpointHost: string;

                /** Channel signed. */
                signed: boolean;

                /** Channel createdAt. */
                createdAt?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Encodes the specified Channel message. Does not implicitly {@link keywarden.notify.v1.Channel.verify|verify} messages.
                 * @param message Channel message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.notify.v1.Channel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Channel message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.notify.v1.Channel & keywarden.notify.v1.Channel.$Shape} Channel
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.notify.v1.Channel & keywarden.notify.v1.Channel.$Shape;

                /**
                 * Verifies a Channel message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Channel message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Channel
                 */
                static fromObject(object: { [k: string]: any }): keywarden.notify.v1.Channel;

                /**
                 * Creates a plain object from a Channel message. Also converts values to other types if specified.
                 * @param message Channel
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.notify.v1.Channel, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Channel to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Channel {

                /** Properties of a Channel. */
                interface $Properties {

                    /** Channel channelId */
                    channelId?: (string|null);

                    /** Channel owner */
                    owner?: (keywarden.notify.v1.Owner.$Properties|null);

                    /** Channel kind */
                    kind?: (string|null);

                    /** Channel name */
                    name?: (string|null);

                    /** Channel locale */
                    locale?: (string|null);

                    /** Channel enabled */
                    enabled?: (boolean|null);

                    /** Channel endpointHost */
                    endpointHost?: (string|null);

                    /** Channel signed */
                    signed?: (boolean|null);

                    /** Channel createdAt */
                    createdAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Channel. */
                type $Shape = keywarden.notify.v1.Channel.$Properties;
            }

            /**
             * Properties of a ListChannelsRequest.
             * @deprecated Use keywarden.notify.v1.ListChannelsRequest.$Properties instead.
             */
            interface IListChannelsRequest extends keywarden.notify.v1.ListChannelsRequest.$Properties {
            }

            /** Represents a ListChannelsRequest. */
            class ListChannelsRequest {

                /**
                 * Constructs a new ListChannelsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.notify.v1.ListChannelsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListChannelsRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** ListChannelsRequest owner. */
                owner?: (keywarden.notify.v1.Owner.$Properties|null);

                /**
                 * Encodes the specified ListChannelsRequest message. Does not implicitly {@link keywarden.notify.v1.ListChannelsRequest.verify|verify} messages.
                 * @param message ListChannelsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.notify.v1.ListChannelsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListChannelsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.notify.v1.ListChannelsRequest & keywarden.notify.v1.ListChannelsRequest.$Shape} ListChannelsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.notify.v1.ListChannelsRequest & keywarden.notify.v1.ListChannelsRequest.$Shape;

                /**
                 * Verifies a ListChannelsRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListChannelsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListChannelsRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.notify.v1.ListChannelsRequest;

                /**
                 * Creates a plain object from a ListChannelsRequest message. Also converts values to other types if specified.
                 * @param message ListChannelsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.notify.v1.ListChannelsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListChannelsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ListChannelsRequest {

                /** Properties of a ListChannelsRequest. */
                interface $Properties {

                    /** ListChannelsRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** ListChannelsRequest owner */
                    owner?: (keywarden.notify.v1.Owner.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListChannelsRequest. */
                type $Shape = keywarden.notify.v1.ListChannelsRequest.$Properties;
            }

            /**
             * Properties of a ListChannelsResponse.
             * @deprecated Use keywarden.notify.v1.ListChannelsResponse.$Properties instead.
             */
            interface IListChannelsResponse extends keywarden.notify.v1.ListChannelsResponse.$Properties {
            }

            /** Represents a ListChannelsResponse. */
            class ListChannelsResponse {

                /**
                 * Constructs a new ListChannelsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.notify.v1.ListChannelsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListChannelsResponse channels. */
                channels: keywarden.notify.v1.Channel.$Properties[];

                /**
                 * Encodes the specified ListChannelsResponse message. Does not implicitly {@link keywarden.notify.v1.ListChannelsResponse.verify|verify} messages.
                 * @param message ListChannelsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.notify.v1.ListChannelsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListChannelsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.notify.v1.ListChannelsResponse & keywarden.notify.v1.ListChannelsResponse.$Shape} ListChannelsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.notify.v1.ListChannelsResponse & keywarden.notify.v1.ListChannelsResponse.$Shape;

                /**
                 * Verifies a ListChannelsResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListChannelsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListChannelsResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.notify.v1.ListChannelsResponse;

                /**
                 * Creates a plain object from a ListChannelsResponse message. Also converts values to other types if specified.
                 * @param message ListChannelsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.notify.v1.ListChannelsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListChannelsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ListChannelsResponse {

                /** Properties of a ListChannelsResponse. */
                interface $Properties {

                    /** ListChannelsResponse channels */
                    channels?: (keywarden.notify.v1.Channel.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListChannelsResponse. */
                type $Shape = keywarden.notify.v1.ListChannelsResponse.$Properties;
            }

            /**
             * Properties of a DisableChannelRequest.
             * @deprecated Use keywarden.notify.v1.DisableChannelRequest.$Properties instead.
             */
            interface IDisableChannelRequest extends keywarden.notify.v1.DisableChannelRequest.$Properties {
            }

            /** Represents a DisableChannelRequest. */
            class DisableChannelRequest {

                /**
                 * Constructs a new DisableChannelRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.notify.v1.DisableChannelRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DisableChannelRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** DisableChannelRequest channelId. */
                channelId: string;

                /**
                 * Encodes the specified DisableChannelRequest message. Does not implicitly {@link keywarden.notify.v1.DisableChannelRequest.verify|verify} messages.
                 * @param message DisableChannelRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.notify.v1.DisableChannelRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DisableChannelRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.notify.v1.DisableChannelRequest & keywarden.notify.v1.DisableChannelRequest.$Shape} DisableChannelRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.notify.v1.DisableChannelRequest & keywarden.notify.v1.DisableChannelRequest.$Shape;

                /**
                 * Verifies a DisableChannelRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DisableChannelRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DisableChannelRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.notify.v1.DisableChannelRequest;

                /**
                 * Creates a plain object from a DisableChannelRequest message. Also converts values to other types if specified.
                 * @param message DisableChannelRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.notify.v1.DisableChannelRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DisableChannelRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DisableChannelRequest {

                /** Properties of a DisableChannelRequest. */
                interface $Properties {

                    /** DisableChannelRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** DisableChannelRequest channelId */
                    channelId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DisableChannelRequest. */
                type $Shape = keywarden.notify.v1.DisableChannelRequest.$Properties;
            }

            /**
             * Properties of a DisableChannelResponse.
             * @deprecated Use keywarden.notify.v1.DisableChannelResponse.$Properties instead.
             */
            interface IDisableChannelResponse extends keywarden.notify.v1.DisableChannelResponse.$Properties {
            }

            /** Represents a DisableChannelResponse. */
            class DisableChannelResponse {

                /**
                 * Constructs a new DisableChannelResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.notify.v1.DisableChannelResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DisableChannelResponse channel. */
                channel?: (keywarden.notify.v1.Channel.$Properties|null);

                /**
                 * Encodes the specified DisableChannelResponse message. Does not implicitly {@link keywarden.notify.v1.DisableChannelResponse.verify|verify} messages.
                 * @param message DisableChannelResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.notify.v1.DisableChannelResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DisableChannelResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.notify.v1.DisableChannelResponse & keywarden.notify.v1.DisableChannelResponse.$Shape} DisableChannelResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.notify.v1.DisableChannelResponse & keywarden.notify.v1.DisableChannelResponse.$Shape;

                /**
                 * Verifies a DisableChannelResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DisableChannelResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DisableChannelResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.notify.v1.DisableChannelResponse;

                /**
                 * Creates a plain object from a DisableChannelResponse message. Also converts values to other types if specified.
                 * @param message DisableChannelResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.notify.v1.DisableChannelResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DisableChannelResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DisableChannelResponse {

                /** Properties of a DisableChannelResponse. */
                interface $Properties {

                    /** DisableChannelResponse channel */
                    channel?: (keywarden.notify.v1.Channel.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DisableChannelResponse. */
                type $Shape = keywarden.notify.v1.DisableChannelResponse.$Properties;
            }

            /**
             * Properties of a Subscription.
             * @deprecated Use keywarden.notify.v1.Subscription.$Properties instead.
             */
            interface ISubscription extends keywarden.notify.v1.Subscription.$Properties {
            }

            /** Represents a Subscription. */
            class Subscription {

                /**
                 * Constructs a new Subscription.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.notify.v1.Subscription.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Subscription subscriptionId. */
                subscriptionId: string;

                /** Subscription owner. */
                owner?: (keywarden.notify.v1.Owner.$Properties|null);

                /** Subscription channelId. */
                channelId: string;

                /** Subscription kinds. */
                kinds: string[];

                /** Subscription createdAt. */
                createdAt?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Encodes the specified Subscription message. Does not implicitly {@link keywarden.notify.v1.Subscription.verify|verify} messages.
                 * @param message Subscription message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.notify.v1.Subscription.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Subscription message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.notify.v1.Subscription & keywarden.notify.v1.Subscription.$Shape} Subscription
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.notify.v1.Subscription & keywarden.notify.v1.Subscription.$Shape;

                /**
                 * Verifies a Subscription message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Subscription message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Subscription
                 */
                static fromObject(object: { [k: string]: any }): keywarden.notify.v1.Subscription;

                /**
                 * Creates a plain object from a Subscription message. Also converts values to other types if specified.
                 * @param message Subscription
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.notify.v1.Subscription, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Subscription to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Subscription {

                /** Properties of a Subscription. */
                interface $Properties {

                    /** Subscription subscriptionId */
                    subscriptionId?: (string|null);

                    /** Subscription owner */
                    owner?: (keywarden.notify.v1.Owner.$Properties|null);

                    /** Subscription channelId */
                    channelId?: (string|null);

                    /** Subscription kinds */
                    kinds?: (string[]|null);

                    /** Subscription createdAt */
                    createdAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Subscription. */
                type $Shape = keywarden.notify.v1.Subscription.$Properties;
            }

            /**
             * Properties of a CreateSubscriptionRequest.
             * @deprecated Use keywarden.notify.v1.CreateSubscriptionRequest.$Properties instead.
             */
            interface ICreateSubscriptionRequest extends keywarden.notify.v1.CreateSubscriptionRequest.$Properties {
            }

            /** Represents a CreateSubscriptionRequest. */
            class CreateSubscriptionRequest {

                /**
                 * Constructs a new CreateSubscriptionRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.notify.v1.CreateSubscriptionRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CreateSubscriptionRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** CreateSubscriptionRequest owner. */
                owner?: (keywarden.notify.v1.Owner.$Properties|null);

                /** CreateSubscriptionRequest channelId. */
                channelId: string;

                /** CreateSubscriptionRequest kinds. */
                kinds: string[];

                /**
                 * Encodes the specified CreateSubscriptionRequest message. Does not implicitly {@link keywarden.notify.v1.CreateSubscriptionRequest.verify|verify} messages.
                 * @param message CreateSubscriptionRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.notify.v1.CreateSubscriptionRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateSubscriptionRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.notify.v1.CreateSubscriptionRequest & keywarden.notify.v1.CreateSubscriptionRequest.$Shape} CreateSubscriptionRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.notify.v1.CreateSubscriptionRequest & keywarden.notify.v1.CreateSubscriptionRequest.$Shape;

                /**
                 * Verifies a CreateSubscriptionRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CreateSubscriptionRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateSubscriptionRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.notify.v1.CreateSubscriptionRequest;

                /**
                 * Creates a plain object from a CreateSubscriptionRequest message. Also converts values to other types if specified.
                 * @param message CreateSubscriptionRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.notify.v1.CreateSubscriptionRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateSubscriptionRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace CreateSubscriptionRequest {

                /** Properties of a CreateSubscriptionRequest. */
                interface $Properties {

                    /** CreateSubscriptionRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** CreateSubscriptionRequest owner */
                    owner?: (keywarden.notify.v1.Owner.$Properties|null);

                    /** CreateSubscriptionRequest channelId */
                    channelId?: (string|null);

                    /** CreateSubscriptionRequest kinds */
                    kinds?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CreateSubscriptionRequest. */
                type $Shape = keywarden.notify.v1.CreateSubscriptionRequest.$Properties;
            }

            /**
             * Properties of a CreateSubscriptionResponse.
             * @deprecated Use keywarden.notify.v1.CreateSubscriptionResponse.$Properties instead.
             */
            interface ICreateSubscriptionResponse extends keywarden.notify.v1.CreateSubscriptionResponse.$Properties {
            }

            /** Represents a CreateSubscriptionResponse. */
            class CreateSubscriptionResponse {

                /**
                 * Constructs a new CreateSubscriptionResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.notify.v1.CreateSubscriptionResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CreateSubscriptionResponse subscription. */
                subscription?: (keywarden.notify.v1.Subscription.$Properties|null);

                /**
                 * Encodes the specified CreateSubscriptionResponse message. Does not implicitly {@link keywarden.notify.v1.CreateSubscriptionResponse.verify|verify} messages.
                 * @param message CreateSubscriptionResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.notify.v1.CreateSubscriptionResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateSubscriptionResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.notify.v1.CreateSubscriptionResponse & keywarden.notify.v1.CreateSubscriptionResponse.$Shape} CreateSubscriptionResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.notify.v1.CreateSubscriptionResponse & keywarden.notify.v1.CreateSubscriptionResponse.$Shape;

                /**
                 * Verifies a CreateSubscriptionResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CreateSubscriptionResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateSubscriptionResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.notify.v1.CreateSubscriptionResponse;

                /**
                 * Creates a plain object from a CreateSubscriptionResponse message. Also converts values to other types if specified.
                 * @param message CreateSubscriptionResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.notify.v1.CreateSubscriptionResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateSubscriptionResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace CreateSubscriptionResponse {

                /** Properties of a CreateSubscriptionResponse. */
                interface $Properties {

                    /** CreateSubscriptionResponse subscription */
                    subscription?: (keywarden.notify.v1.Subscription.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CreateSubscriptionResponse. */
                type $Shape = keywarden.notify.v1.CreateSubscriptionResponse.$Properties;
            }

            /**
             * Properties of a ListSubscriptionsRequest.
             * @deprecated Use keywarden.notify.v1.ListSubscriptionsRequest.$Properties instead.
             */
            interface IListSubscriptionsRequest extends keywarden.notify.v1.ListSubscriptionsRequest.$Properties {
            }

            /** Represents a ListSubscriptionsRequest. */
            class ListSubscriptionsRequest {

                /**
                 * Constructs a new ListSubscriptionsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.notify.v1.ListSubscriptionsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListSubscriptionsRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** ListSubscriptionsRequest owner. */
                owner?: (keywarden.notify.v1.Owner.$Properties|null);

                /**
                 * Encodes the specified ListSubscriptionsRequest message. Does not implicitly {@link keywarden.notify.v1.ListSubscriptionsRequest.verify|verify} messages.
                 * @param message ListSubscriptionsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.notify.v1.ListSubscriptionsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListSubscriptionsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.notify.v1.ListSubscriptionsRequest & keywarden.notify.v1.ListSubscriptionsRequest.$Shape} ListSubscriptionsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.notify.v1.ListSubscriptionsRequest & keywarden.notify.v1.ListSubscriptionsRequest.$Shape;

                /**
                 * Verifies a ListSubscriptionsRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListSubscriptionsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListSubscriptionsRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.notify.v1.ListSubscriptionsRequest;

                /**
                 * Creates a plain object from a ListSubscriptionsRequest message. Also converts values to other types if specified.
                 * @param message ListSubscriptionsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.notify.v1.ListSubscriptionsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListSubscriptionsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ListSubscriptionsRequest {

                /** Properties of a ListSubscriptionsRequest. */
                interface $Properties {

                    /** ListSubscriptionsRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** ListSubscriptionsRequest owner */
                    owner?: (keywarden.notify.v1.Owner.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListSubscriptionsRequest. */
                type $Shape = keywarden.notify.v1.ListSubscriptionsRequest.$Properties;
            }

            /**
             * Properties of a ListSubscriptionsResponse.
             * @deprecated Use keywarden.notify.v1.ListSubscriptionsResponse.$Properties instead.
             */
            interface IListSubscriptionsResponse extends keywarden.notify.v1.ListSubscriptionsResponse.$Properties {
            }

            /** Represents a ListSubscriptionsResponse. */
            class ListSubscriptionsResponse {

                /**
                 * Constructs a new ListSubscriptionsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.notify.v1.ListSubscriptionsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListSubscriptionsResponse subscriptions. */
                subscriptions: keywarden.notify.v1.Subscription.$Properties[];

                /**
                 * Encodes the specified ListSubscriptionsResponse message. Does not implicitly {@link keywarden.notify.v1.ListSubscriptionsResponse.verify|verify} messages.
                 * @param message ListSubscriptionsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.notify.v1.ListSubscriptionsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListSubscriptionsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.notify.v1.ListSubscriptionsResponse & keywarden.notify.v1.ListSubscriptionsResponse.$Shape} ListSubscriptionsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.notify.v1.ListSubscriptionsResponse & keywarden.notify.v1.ListSubscriptionsResponse.$Shape;

                /**
                 * Verifies a ListSubscriptionsResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListSubscriptionsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListSubscriptionsResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.notify.v1.ListSubscriptionsResponse;

                /**
                 * Creates a plain object from a ListSubscriptionsResponse message. Also converts values to other types if specified.
                 * @param message ListSubscriptionsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.notify.v1.ListSubscriptionsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListSubscriptionsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ListSubscriptionsResponse {

                /** Properties of a ListSubscriptionsResponse. */
                interface $Properties {

                    /** ListSubscriptionsResponse subscriptions */
                    subscriptions?: (keywarden.notify.v1.Subscription.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListSubscriptionsResponse. */
                type $Shape = keywarden.notify.v1.ListSubscriptionsResponse.$Properties;
            }

            /**
             * Properties of a DeleteSubscriptionRequest.
             * @deprecated Use keywarden.notify.v1.DeleteSubscriptionRequest.$Properties instead.
             */
            interface IDeleteSubscriptionRequest extends keywarden.notify.v1.DeleteSubscriptionRequest.$Properties {
            }

            /** Represents a DeleteSubscriptionRequest. */
            class DeleteSubscriptionRequest {

                /**
                 * Constructs a new DeleteSubscriptionRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.notify.v1.DeleteSubscriptionRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DeleteSubscriptionRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** DeleteSubscriptionRequest subscriptionId. */
                subscriptionId: string;

                /**
                 * Encodes the specified DeleteSubscriptionRequest message. Does not implicitly {@link keywarden.notify.v1.DeleteSubscriptionRequest.verify|verify} messages.
                 * @param message DeleteSubscriptionRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.notify.v1.DeleteSubscriptionRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeleteSubscriptionRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.notify.v1.DeleteSubscriptionRequest & keywarden.notify.v1.DeleteSubscriptionRequest.$Shape} DeleteSubscriptionRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.notify.v1.DeleteSubscriptionRequest & keywarden.notify.v1.DeleteSubscriptionRequest.$Shape;

                /**
                 * Verifies a DeleteSubscriptionRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DeleteSubscriptionRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DeleteSubscriptionRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.notify.v1.DeleteSubscriptionRequest;

                /**
                 * Creates a plain object from a DeleteSubscriptionRequest message. Also converts values to other types if specified.
                 * @param message DeleteSubscriptionRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.notify.v1.DeleteSubscriptionRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeleteSubscriptionRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DeleteSubscriptionRequest {

                /** Properties of a DeleteSubscriptionRequest. */
                interface $Properties {

                    /** DeleteSubscriptionRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** DeleteSubscriptionRequest subscriptionId */
                    subscriptionId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DeleteSubscriptionRequest. */
                type $Shape = keywarden.notify.v1.DeleteSubscriptionRequest.$Properties;
            }

            /**
             * Properties of a DeleteSubscriptionResponse.
             * @deprecated Use keywarden.notify.v1.DeleteSubscriptionResponse.$Properties instead.
             */
            interface IDeleteSubscriptionResponse extends keywarden.notify.v1.DeleteSubscriptionResponse.$Properties {
            }

            /** Represents a DeleteSubscriptionResponse. */
            class DeleteSubscriptionResponse {

                /**
                 * Constructs a new DeleteSubscriptionResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.notify.v1.DeleteSubscriptionResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DeleteSubscriptionResponse deleted. */
                deleted: boolean;

                /**
                 * Encodes the specified DeleteSubscriptionResponse message. Does not implicitly {@link keywarden.notify.v1.DeleteSubscriptionResponse.verify|verify} messages.
                 * @param message DeleteSubscriptionResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.notify.v1.DeleteSubscriptionResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeleteSubscriptionResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.notify.v1.DeleteSubscriptionResponse & keywarden.notify.v1.DeleteSubscriptionResponse.$Shape} DeleteSubscriptionResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.notify.v1.DeleteSubscriptionResponse & keywarden.notify.v1.DeleteSubscriptionResponse.$Shape;

                /**
                 * Verifies a DeleteSubscriptionResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DeleteSubscriptionResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DeleteSubscriptionResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.notify.v1.DeleteSubscriptionResponse;

                /**
                 * Creates a plain object from a DeleteSubscriptionResponse message. Also converts values to other types if specified.
                 * @param message DeleteSubscriptionResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.notify.v1.DeleteSubscriptionResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeleteSubscriptionResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DeleteSubscriptionResponse {

                /** Properties of a DeleteSubscriptionResponse. */
                interface $Properties {

                    /** DeleteSubscriptionResponse deleted */
                    deleted?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DeleteSubscriptionResponse. */
                type $Shape = keywarden.notify.v1.DeleteSubscriptionResponse.$Properties;
            }

            /**
             * Properties of a ListDeliveriesRequest.
             * @deprecated Use keywarden.notify.v1.ListDeliveriesRequest.$Properties instead.
             */
            interface IListDeliveriesRequest extends keywarden.notify.v1.ListDeliveriesRequest.$Properties {
            }

            /** Represents a ListDeliveriesRequest. */
            class ListDeliveriesRequest {

                /**
                 * Constructs a new ListDeliveriesRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.notify.v1.ListDeliveriesRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListDeliveriesRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** ListDeliveriesRequest owner. */
                owner?: (keywarden.notify.v1.Owner.$Properties|null);

                /** ListDeliveriesRequest channelId. */
                channelId: string;

                /** ListDeliveriesRequest status. */
                status: string;

                /** ListDeliveriesRequest limit. */
                limit: number;

                /**
                 * Encodes the specified ListDeliveriesRequest message. Does not implicitly {@link keywarden.notify.v1.ListDeliveriesRequest.verify|verify} messages.
                 * @param message ListDeliveriesRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.notify.v1.ListDeliveriesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListDeliveriesRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.notify.v1.ListDeliveriesRequest & keywarden.notify.v1.ListDeliveriesRequest.$Shape} ListDeliveriesRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.notify.v1.ListDeliveriesRequest & keywarden.notify.v1.ListDeliveriesRequest.$Shape;

                /**
                 * Verifies a ListDeliveriesRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListDeliveriesRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListDeliveriesRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.notify.v1.ListDeliveriesRequest;

                /**
                 * Creates a plain object from a ListDeliveriesRequest message. Also converts values to other types if specified.
                 * @param message ListDeliveriesRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.notify.v1.ListDeliveriesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListDeliveriesRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ListDeliveriesRequest {

                /** Properties of a ListDeliveriesRequest. */
                interface $Properties {

                    /** ListDeliveriesRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** ListDeliveriesRequest owner */
                    owner?: (keywarden.notify.v1.Owner.$Properties|null);

                    /** ListDeliveriesRequest channelId */
                    channelId?: (string|null);

                    /** ListDeliveriesRequest status */
                    status?: (string|null);

                    /** ListDeliveriesRequest limit */
                    limit?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListDeliveriesRequest. */
                type $Shape = keywarden.notify.v1.ListDeliveriesRequest.$Properties;
            }

            /**
             * Properties of a Delivery.
             * @deprecated Use keywarden.notify.v1.Delivery.$Properties instead.
             */
            interface IDelivery extends keywarden.notify.v1.Delivery.$Properties {
            }

            /** Represents a Delivery. */
            class Delivery {

                /**
                 * Constructs a new Delivery.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.notify.v1.Delivery.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Delivery deliveryId. */
                deliveryId: string;

                /** Delivery channelId. */
                channelId: string;

                /** Delivery kind. */
                kind: string;

                /** Delivery sourceEventId. */
                sourceEventId: string;

                /** Delivery sourceEventType. */
                sourceEventType: string;

                /** Delivery status. */
                status: string;

                /** Delivery attempts. */
                attempts: number;

                /** Delivery lastErrorClass. */
                lastErrorClass: string;

                /** Delivery lastStatusCode. */
                lastStatusCode: number;

                /** Delivery createdAt. */
                createdAt?: (google.protobuf.Timestamp.$Properties|null);

                /** Delivery nextAttemptAt. */
                nextAttemptAt?: (google.protobuf.Timestamp.$Properties|null);

                /** Delivery sentAt. */
                sentAt?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Encodes the specified Delivery message. Does not implicitly {@link keywarden.notify.v1.Delivery.verify|verify} messages.
                 * @param message Delivery message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.notify.v1.Delivery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Delivery message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.notify.v1.Delivery & keywarden.notify.v1.Delivery.$Shape} Delivery
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.notify.v1.Delivery & keywarden.notify.v1.Delivery.$Shape;

                /**
                 * Verifies a Delivery message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Delivery message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Delivery
                 */
                static fromObject(object: { [k: string]: any }): keywarden.notify.v1.Delivery;

                /**
                 * Creates a plain object from a Delivery message. Also converts values to other types if specified.
                 * @param message Delivery
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.notify.v1.Delivery, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Delivery to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Delivery {

                /** Properties of a Delivery. */
                interface $Properties {

                    /** Delivery deliveryId */
                    deliveryId?: (string|null);

                    /** Delivery channelId */
                    channelId?: (string|null);

                    /** Delivery kind */
                    kind?: (string|null);

                    /** Delivery sourceEventId */
                    sourceEventId?: (string|null);

                    /** Delivery sourceEventType */
                    sourceEventType?: (string|null);

                    /** Delivery status */
                    status?: (string|null);

                    /** Delivery attempts */
                    attempts?: (number|null);

                    /** Delivery lastErrorClass */
                    lastErrorClass?: (string|null);

                    /** Delivery lastStatusCode */
                    lastStatusCode?: (number|null);

                    /** Delivery createdAt */
                    createdAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** Delivery nextAttemptAt */
                    nextAttemptAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** Delivery sentAt */
                    sentAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Delivery. */
                type $Shape = keywarden.notify.v1.Delivery.$Properties;
            }

            /**
             * Properties of a ListDeliveriesResponse.
             * @deprecated Use keywarden.notify.v1.ListDeliveriesResponse.$Properties instead.
             */
            interface IListDeliveriesResponse extends keywarden.notify.v1.ListDeliveriesResponse.$Properties {
            }

            /** Represents a ListDeliveriesResponse. */
            class ListDeliveriesResponse {

                /**
                 * Constructs a new ListDeliveriesResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.notify.v1.ListDeliveriesResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListDeliveriesResponse deliveries. */
                deliveries: keywarden.notify.v1.Delivery.$Properties[];

                /**
                 * Encodes the specified ListDeliveriesResponse message. Does not implicitly {@link keywarden.notify.v1.ListDeliveriesResponse.verify|verify} messages.
                 * @param message ListDeliveriesResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.notify.v1.ListDeliveriesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListDeliveriesResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.notify.v1.ListDeliveriesResponse & keywarden.notify.v1.ListDeliveriesResponse.$Shape} ListDeliveriesResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.notify.v1.ListDeliveriesResponse & keywarden.notify.v1.ListDeliveriesResponse.$Shape;

                /**
                 * Verifies a ListDeliveriesResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListDeliveriesResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListDeliveriesResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.notify.v1.ListDeliveriesResponse;

                /**
                 * Creates a plain object from a ListDeliveriesResponse message. Also converts values to other types if specified.
                 * @param message ListDeliveriesResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.notify.v1.ListDeliveriesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListDeliveriesResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ListDeliveriesResponse {

                /** Properties of a ListDeliveriesResponse. */
                interface $Properties {

                    /** ListDeliveriesResponse deliveries */
                    deliveries?: (keywarden.notify.v1.Delivery.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListDeliveriesResponse. */
                type $Shape = keywarden.notify.v1.ListDeliveriesResponse.$Properties;
            }

            /**
             * Properties of a SendTestNotificationRequest.
             * @deprecated Use keywarden.notify.v1.SendTestNotificationRequest.$Properties instead.
             */
            interface ISendTestNotificationRequest extends keywarden.notify.v1.SendTestNotificationRequest.$Properties {
            }

            /** Represents a SendTestNotificationRequest. */
            class SendTestNotificationRequest {

                /**
                 * Constructs a new SendTestNotificationRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.notify.v1.SendTestNotificationRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SendTestNotificationRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** SendTestNotificationRequest channelId. */
                channelId: string;

                /** SendTestNotificationRequest locale. */
                locale: string;

                /**
                 * Encodes the specified SendTestNotificationRequest message. Does not implicitly {@link keywarden.notify.v1.SendTestNotificationRequest.verify|verify} messages.
                 * @param message SendTestNotificationRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.notify.v1.SendTestNotificationRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SendTestNotificationRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.notify.v1.SendTestNotificationRequest & keywarden.notify.v1.SendTestNotificationRequest.$Shape} SendTestNotificationRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.notify.v1.SendTestNotificationRequest & keywarden.notify.v1.SendTestNotificationRequest.$Shape;

                /**
                 * Verifies a SendTestNotificationRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SendTestNotificationRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SendTestNotificationRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.notify.v1.SendTestNotificationRequest;

                /**
                 * Creates a plain object from a SendTestNotificationRequest message. Also converts values to other types if specified.
                 * @param message SendTestNotificationRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.notify.v1.SendTestNotificationRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SendTestNotificationRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SendTestNotificationRequest {

                /** Properties of a SendTestNotificationRequest. */
                interface $Properties {

                    /** SendTestNotificationRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** SendTestNotificationRequest channelId */
                    channelId?: (string|null);

                    /** SendTestNotificationRequest locale */
                    locale?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SendTestNotificationRequest. */
                type $Shape = keywarden.notify.v1.SendTestNotificationRequest.$Properties;
            }

            /**
             * Properties of a SendTestNotificationResponse.
             * @deprecated Use keywarden.notify.v1.SendTestNotificationResponse.$Properties instead.
             */
            interface ISendTestNotificationResponse extends keywarden.notify.v1.SendTestNotificationResponse.$Properties {
            }

            /** Represents a SendTestNotificationResponse. */
            class SendTestNotificationResponse {

                /**
                 * Constructs a new SendTestNotificationResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.notify.v1.SendTestNotificationResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SendTestNotificationResponse deliveryId. */
                deliveryId: string;

                /** SendTestNotificationResponse sent. */
                sent: boolean;

                /** SendTestNotificationResponse errorClass. */
                errorClass: string;

                /** SendTestNotificationResponse statusCode. */
                statusCode: number;

                /**
                 * Encodes the specified SendTestNotificationResponse message. Does not implicitly {@link keywarden.notify.v1.SendTestNotificationResponse.verify|verify} messages.
                 * @param message SendTestNotificationResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.notify.v1.SendTestNotificationResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SendTestNotificationResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.notify.v1.SendTestNotificationResponse & keywarden.notify.v1.SendTestNotificationResponse.$Shape} SendTestNotificationResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.notify.v1.SendTestNotificationResponse & keywarden.notify.v1.SendTestNotificationResponse.$Shape;

                /**
                 * Verifies a SendTestNotificationResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SendTestNotificationResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SendTestNotificationResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.notify.v1.SendTestNotificationResponse;

                /**
                 * Creates a plain object from a SendTestNotificationResponse message. Also converts values to other types if specified.
                 * @param message SendTestNotificationResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.notify.v1.SendTestNotificationResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SendTestNotificationResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SendTestNotificationResponse {

                /** Properties of a SendTestNotificationResponse. */
                interface $Properties {

                    /** SendTestNotificationResponse deliveryId */
                    deliveryId?: (string|null);

                    /** SendTestNotificationResponse sent */
                    sent?: (boolean|null);

                    /** SendTestNotificationResponse errorClass */
                    errorClass?: (string|null);

                    /** SendTestNotificationResponse statusCode */
                    statusCode?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SendTestNotificationResponse. */
                type $Shape = keywarden.notify.v1.SendTestNotificationResponse.$Properties;
            }
        }
    }

    /** Namespace oauth. */
    namespace oauth {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of an AccountConnected.
             * @deprecated Use keywarden.oauth.v1.AccountConnected.$Properties instead.
             */
            interface IAccountConnected extends keywarden.oauth.v1.AccountConnected.$Properties {
            }

            /** Represents an AccountConnected. */
            class AccountConnected {

                /**
                 * Constructs a new AccountConnected.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.oauth.v1.AccountConnected.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AccountConnected accountId. */
                accountId: string;

                /** AccountConnected providerAppId. */
                providerAppId: string;

                /** AccountConnected provider. */
                provider: string;

                /** AccountConnected userId. */
                userId: string;

                /** AccountConnected externalUserId. */
                externalUserId: string;

                /** AccountConnected username. */
                username: string;

                /** AccountConnected scopes. */
                scopes: string[];

                /** AccountConnected grantKind. */
                grantKind: string;

                /** AccountConnected expiresAt. */
                expiresAt?: (google.protobuf.Timestamp.$Properties|null);

                /** AccountConnected refreshExpiresAt. */
                refreshExpiresAt?: (google.protobuf.Timestamp.$Properties|null);

                /** AccountConnected generation. */
                generation: number;

                /**
                 * Encodes the specified AccountConnected message. Does not implicitly {@link keywarden.oauth.v1.AccountConnected.verify|verify} messages.
                 * @param message AccountConnected message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.oauth.v1.AccountConnected.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AccountConnected message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.AccountConnected & keywarden.oauth.v1.AccountConnected.$Shape} AccountConnected
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.oauth.v1.AccountConnected & keywarden.oauth.v1.AccountConnected.$Shape;

                /**
                 * Verifies an AccountConnected message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AccountConnected message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AccountConnected
                 */
                static fromObject(object: { [k: string]: any }): keywarden.oauth.v1.AccountConnected;

                /**
                 * Creates a plain object from an AccountConnected message. Also converts values to other types if specified.
                 * @param message AccountConnected
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.oauth.v1.AccountConnected, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AccountConnected to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace AccountConnected {

                /** Properties of an AccountConnected. */
                interface $Properties {

                    /** AccountConnected accountId */
                    accountId?: (string|null);

                    /** AccountConnected providerAppId */
                    providerAppId?: (string|null);

                    /** AccountConnected provider */
                    provider?: (string|null);

                    /** AccountConnected userId */
                    userId?: (string|null);

                    /** AccountConnected externalUserId */
                    externalUserId?: (string|null);

                    /** AccountConnected username */
                    username?: (string|null);

                    /** AccountConnected scopes */
                    scopes?: (string[]|null);

                    /** AccountConnected grantKind */
                    grantKind?: (string|null);

                    /** AccountConnected expiresAt */
                    expiresAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** AccountConnected refreshExpiresAt */
                    refreshExpiresAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** AccountConnected generation */
                    generation?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AccountConnected. */
                type $Shape = keywarden.oauth.v1.AccountConnected.$Properties;
            }

            /**
             * Properties of a TokenRefreshed.
             * @deprecated Use keywarden.oauth.v1.TokenRefreshed.$Properties instead.
             */
            interface ITokenRefreshed extends keywarden.oauth.v1.TokenRefreshed.$Properties {
            }

            /** Represents a TokenRefreshed. */
            class TokenRefreshed {

                /**
                 * Constructs a new TokenRefreshed.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.oauth.v1.TokenRefreshed.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TokenRefreshed accountId. */
                accountId: string;

                /** TokenRefreshed provider. */
                provider: string;

                /** TokenRefreshed expiresAt. */
                expiresAt?: (google.protobuf.Timestamp.$Properties|null);

                /** TokenRefreshed refreshExpiresAt. */
                refreshExpiresAt?: (google.protobuf.Timestamp.$Properties|null);

                /** TokenRefreshed generation. */
                generation: number;

                /** TokenRefreshed trigger. */
                trigger: string;

                /**
                 * Encodes the specified TokenRefreshed message. Does not implicitly {@link keywarden.oauth.v1.TokenRefreshed.verify|verify} messages.
                 * @param message TokenRefreshed message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.oauth.v1.TokenRefreshed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TokenRefreshed message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.TokenRefreshed & keywarden.oauth.v1.TokenRefreshed.$Shape} TokenRefreshed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.oauth.v1.TokenRefreshed & keywarden.oauth.v1.TokenRefreshed.$Shape;

                /**
                 * Verifies a TokenRefreshed message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a TokenRefreshed message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TokenRefreshed
                 */
                static fromObject(object: { [k: string]: any }): keywarden.oauth.v1.TokenRefreshed;

                /**
                 * Creates a plain object from a TokenRefreshed message. Also converts values to other types if specified.
                 * @param message TokenRefreshed
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.oauth.v1.TokenRefreshed, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TokenRefreshed to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace TokenRefreshed {

                /** Properties of a TokenRefreshed. */
                interface $Properties {

                    /** TokenRefreshed accountId */
                    accountId?: (string|null);

                    /** TokenRefreshed provider */
                    provider?: (string|null);

                    /** TokenRefreshed expiresAt */
                    expiresAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** TokenRefreshed refreshExpiresAt */
                    refreshExpiresAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** TokenRefreshed generation */
                    generation?: (number|null);

                    /** TokenRefreshed trigger */
                    trigger?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TokenRefreshed. */
                type $Shape = keywarden.oauth.v1.TokenRefreshed.$Properties;
            }

            /**
             * Properties of a TokenRefreshFailed.
             * @deprecated Use keywarden.oauth.v1.TokenRefreshFailed.$Properties instead.
             */
            interface ITokenRefreshFailed extends keywarden.oauth.v1.TokenRefreshFailed.$Properties {
            }

            /** Represents a TokenRefreshFailed. */
            class TokenRefreshFailed {

                /**
                 * Constructs a new TokenRefreshFailed.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.oauth.v1.TokenRefreshFailed.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TokenRefreshFailed accountId. */
                accountId: string;

                /** TokenRefreshFailed provider. */
                provider: string;

                /** TokenRefreshFailed errorClass. */
                errorClass: string;

                /** TokenRefreshFailed providerCode. */
                providerCode: string;

                /** TokenRefreshFailed attempt. */
                attempt: number;

                /** TokenRefreshFailed willRetry. */
                willRetry: boolean;

                /** TokenRefreshFailed nextAttemptAt. */
                nextAttemptAt?: (google.protobuf.Timestamp.$Properties|null);

                /** TokenRefreshFailed httpStatus. */
                httpStatus: number;

                /** TokenRefreshFailed generation. */
                generation: number;

                /** TokenRefreshFailed trigger. */
                trigger: string;

                /** TokenRefreshFailed failingSince. */
                failingSince?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Encodes the specified TokenRefreshFailed message. Does not implicitly {@link keywarden.oauth.v1.TokenRefreshFailed.verify|verify} messages.
                 * @param message TokenRefreshFailed message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.oauth.v1.TokenRefreshFailed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TokenRefreshFailed message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.TokenRefreshFailed & keywarden.oauth.v1.TokenRefreshFailed.$Shape} TokenRefreshFailed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.oauth.v1.TokenRefreshFailed & keywarden.oauth.v1.TokenRefreshFailed.$Shape;

                /**
                 * Verifies a TokenRefreshFailed message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a TokenRefreshFailed message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TokenRefreshFailed
                 */
                static fromObject(object: { [k: string]: any }): keywarden.oauth.v1.TokenRefreshFailed;

                /**
                 * Creates a plain object from a TokenRefreshFailed message. Also converts values to other types if specified.
                 * @param message TokenRefreshFailed
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.oauth.v1.TokenRefreshFailed, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TokenRefreshFailed to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace TokenRefreshFailed {

                /** Properties of a TokenRefreshFailed. */
                interface $Properties {

                    /** TokenRefreshFailed accountId */
                    accountId?: (string|null);

                    /** TokenRefreshFailed provider */
                    provider?: (string|null);

                    /** TokenRefreshFailed errorClass */
                    errorClass?: (string|null);

                    /** TokenRefreshFailed providerCode */
                    providerCode?: (string|null);

                    /** TokenRefreshFailed attempt */
                    attempt?: (number|null);

                    /** TokenRefreshFailed willRetry */
                    willRetry?: (boolean|null);

                    /** TokenRefreshFailed nextAttemptAt */
                    nextAttemptAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** TokenRefreshFailed httpStatus */
                    httpStatus?: (number|null);

                    /** TokenRefreshFailed generation */
                    generation?: (number|null);

                    /** TokenRefreshFailed trigger */
                    trigger?: (string|null);

                    /** TokenRefreshFailed failingSince */
                    failingSince?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TokenRefreshFailed. */
                type $Shape = keywarden.oauth.v1.TokenRefreshFailed.$Properties;
            }

            /**
             * Properties of a ReauthorizationRequired.
             * @deprecated Use keywarden.oauth.v1.ReauthorizationRequired.$Properties instead.
             */
            interface IReauthorizationRequired extends keywarden.oauth.v1.ReauthorizationRequired.$Properties {
            }

            /** Represents a ReauthorizationRequired. */
            class ReauthorizationRequired {

                /**
                 * Constructs a new ReauthorizationRequired.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.oauth.v1.ReauthorizationRequired.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ReauthorizationRequired accountId. */
                accountId: string;

                /** ReauthorizationRequired provider. */
                provider: string;

                /** ReauthorizationRequired userId. */
                userId: string;

                /** ReauthorizationRequired errorClass. */
                errorClass: string;

                /** ReauthorizationRequired providerCode. */
                providerCode: string;

                /** ReauthorizationRequired generation. */
                generation: number;

                /**
                 * Encodes the specified ReauthorizationRequired message. Does not implicitly {@link keywarden.oauth.v1.ReauthorizationRequired.verify|verify} messages.
                 * @param message ReauthorizationRequired message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.oauth.v1.ReauthorizationRequired.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReauthorizationRequired message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.ReauthorizationRequired & keywarden.oauth.v1.ReauthorizationRequired.$Shape} ReauthorizationRequired
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.oauth.v1.ReauthorizationRequired & keywarden.oauth.v1.ReauthorizationRequired.$Shape;

                /**
                 * Verifies a ReauthorizationRequired message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ReauthorizationRequired message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ReauthorizationRequired
                 */
                static fromObject(object: { [k: string]: any }): keywarden.oauth.v1.ReauthorizationRequired;

                /**
                 * Creates a plain object from a ReauthorizationRequired message. Also converts values to other types if specified.
                 * @param message ReauthorizationRequired
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.oauth.v1.ReauthorizationRequired, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ReauthorizationRequired to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ReauthorizationRequired {

                /** Properties of a ReauthorizationRequired. */
                interface $Properties {

                    /** ReauthorizationRequired accountId */
                    accountId?: (string|null);

                    /** ReauthorizationRequired provider */
                    provider?: (string|null);

                    /** ReauthorizationRequired userId */
                    userId?: (string|null);

                    /** ReauthorizationRequired errorClass */
                    errorClass?: (string|null);

                    /** ReauthorizationRequired providerCode */
                    providerCode?: (string|null);

                    /** ReauthorizationRequired generation */
                    generation?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ReauthorizationRequired. */
                type $Shape = keywarden.oauth.v1.ReauthorizationRequired.$Properties;
            }

            /**
             * Properties of a RefreshTokenExpiring.
             * @deprecated Use keywarden.oauth.v1.RefreshTokenExpiring.$Properties instead.
             */
            interface IRefreshTokenExpiring extends keywarden.oauth.v1.RefreshTokenExpiring.$Properties {
            }

            /** Represents a RefreshTokenExpiring. */
            class RefreshTokenExpiring {

                /**
                 * Constructs a new RefreshTokenExpiring.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.oauth.v1.RefreshTokenExpiring.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RefreshTokenExpiring accountId. */
                accountId: string;

                /** RefreshTokenExpiring provider. */
                provider: string;

                /** RefreshTokenExpiring userId. */
                userId: string;

                /** RefreshTokenExpiring daysLeft. */
                daysLeft: number;

                /** RefreshTokenExpiring thresholdDays. */
                thresholdDays: number;

                /** RefreshTokenExpiring expiresAt. */
                expiresAt?: (google.protobuf.Timestamp.$Properties|null);

                /** RefreshTokenExpiring generation. */
                generation: number;

                /**
                 * Encodes the specified RefreshTokenExpiring message. Does not implicitly {@link keywarden.oauth.v1.RefreshTokenExpiring.verify|verify} messages.
                 * @param message RefreshTokenExpiring message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.oauth.v1.RefreshTokenExpiring.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RefreshTokenExpiring message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.RefreshTokenExpiring & keywarden.oauth.v1.RefreshTokenExpiring.$Shape} RefreshTokenExpiring
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.oauth.v1.RefreshTokenExpiring & keywarden.oauth.v1.RefreshTokenExpiring.$Shape;

                /**
                 * Verifies a RefreshTokenExpiring message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RefreshTokenExpiring message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RefreshTokenExpiring
                 */
                static fromObject(object: { [k: string]: any }): keywarden.oauth.v1.RefreshTokenExpiring;

                /**
                 * Creates a plain object from a RefreshTokenExpiring message. Also converts values to other types if specified.
                 * @param message RefreshTokenExpiring
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.oauth.v1.RefreshTokenExpiring, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RefreshTokenExpiring to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace RefreshTokenExpiring {

                /** Properties of a RefreshTokenExpiring. */
                interface $Properties {

                    /** RefreshTokenExpiring accountId */
                    accountId?: (string|null);

                    /** RefreshTokenExpiring provider */
                    provider?: (string|null);

                    /** RefreshTokenExpiring userId */
                    userId?: (string|null);

                    /** RefreshTokenExpiring daysLeft */
                    daysLeft?: (number|null);

                    /** RefreshTokenExpiring thresholdDays */
                    thresholdDays?: (number|null);

                    /** RefreshTokenExpiring expiresAt */
                    expiresAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** RefreshTokenExpiring generation */
                    generation?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RefreshTokenExpiring. */
                type $Shape = keywarden.oauth.v1.RefreshTokenExpiring.$Properties;
            }

            /**
             * Properties of a RefreshTokenExpired.
             * @deprecated Use keywarden.oauth.v1.RefreshTokenExpired.$Properties instead.
             */
            interface IRefreshTokenExpired extends keywarden.oauth.v1.RefreshTokenExpired.$Properties {
            }

            /** Represents a RefreshTokenExpired. */
            class RefreshTokenExpired {

                /**
                 * Constructs a new RefreshTokenExpired.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.oauth.v1.RefreshTokenExpired.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RefreshTokenExpired accountId. */
                accountId: string;

                /** RefreshTokenExpired provider. */
                provider: string;

                /** RefreshTokenExpired userId. */
                userId: string;

                /** RefreshTokenExpired expiredAt. */
                expiredAt?: (google.protobuf.Timestamp.$Properties|null);

                /** RefreshTokenExpired generation. */
                generation: number;

                /**
                 * Encodes the specified RefreshTokenExpired message. Does not implicitly {@link keywarden.oauth.v1.RefreshTokenExpired.verify|verify} messages.
                 * @param message RefreshTokenExpired message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.oauth.v1.RefreshTokenExpired.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RefreshTokenExpired message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.RefreshTokenExpired & keywarden.oauth.v1.RefreshTokenExpired.$Shape} RefreshTokenExpired
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.oauth.v1.RefreshTokenExpired & keywarden.oauth.v1.RefreshTokenExpired.$Shape;

                /**
                 * Verifies a RefreshTokenExpired message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RefreshTokenExpired message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RefreshTokenExpired
                 */
                static fromObject(object: { [k: string]: any }): keywarden.oauth.v1.RefreshTokenExpired;

                /**
                 * Creates a plain object from a RefreshTokenExpired message. Also converts values to other types if specified.
                 * @param message RefreshTokenExpired
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.oauth.v1.RefreshTokenExpired, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RefreshTokenExpired to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace RefreshTokenExpired {

                /** Properties of a RefreshTokenExpired. */
                interface $Properties {

                    /** RefreshTokenExpired accountId */
                    accountId?: (string|null);

                    /** RefreshTokenExpired provider */
                    provider?: (string|null);

                    /** RefreshTokenExpired userId */
                    userId?: (string|null);

                    /** RefreshTokenExpired expiredAt */
                    expiredAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** RefreshTokenExpired generation */
                    generation?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RefreshTokenExpired. */
                type $Shape = keywarden.oauth.v1.RefreshTokenExpired.$Properties;
            }

            /**
             * Properties of an AccountDisconnected.
             * @deprecated Use keywarden.oauth.v1.AccountDisconnected.$Properties instead.
             */
            interface IAccountDisconnected extends keywarden.oauth.v1.AccountDisconnected.$Properties {
            }

            /** Represents an AccountDisconnected. */
            class AccountDisconnected {

                /**
                 * Constructs a new AccountDisconnected.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.oauth.v1.AccountDisconnected.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AccountDisconnected accountId. */
                accountId: string;

                /** AccountDisconnected provider. */
                provider: string;

                /** AccountDisconnected userId. */
                userId: string;

                /** AccountDisconnected actorUserId. */
                actorUserId: string;

                /** AccountDisconnected reason. */
                reason: string;

                /** AccountDisconnected revokedAtProvider. */
                revokedAtProvider: boolean;

                /**
                 * Encodes the specified AccountDisconnected message. Does not implicitly {@link keywarden.oauth.v1.AccountDisconnected.verify|verify} messages.
                 * @param message AccountDisconnected message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.oauth.v1.AccountDisconnected.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AccountDisconnected message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.AccountDisconnected & keywarden.oauth.v1.AccountDisconnected.$Shape} AccountDisconnected
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.oauth.v1.AccountDisconnected & keywarden.oauth.v1.AccountDisconnected.$Shape;

                /**
                 * Verifies an AccountDisconnected message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AccountDisconnected message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AccountDisconnected
                 */
                static fromObject(object: { [k: string]: any }): keywarden.oauth.v1.AccountDisconnected;

                /**
                 * Creates a plain object from an AccountDisconnected message. Also converts values to other types if specified.
                 * @param message AccountDisconnected
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.oauth.v1.AccountDisconnected, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AccountDisconnected to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace AccountDisconnected {

                /** Properties of an AccountDisconnected. */
                interface $Properties {

                    /** AccountDisconnected accountId */
                    accountId?: (string|null);

                    /** AccountDisconnected provider */
                    provider?: (string|null);

                    /** AccountDisconnected userId */
                    userId?: (string|null);

                    /** AccountDisconnected actorUserId */
                    actorUserId?: (string|null);

                    /** AccountDisconnected reason */
                    reason?: (string|null);

                    /** AccountDisconnected revokedAtProvider */
                    revokedAtProvider?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AccountDisconnected. */
                type $Shape = keywarden.oauth.v1.AccountDisconnected.$Properties;
            }

            /**
             * Properties of an AccountMarkedExpired.
             * @deprecated Use keywarden.oauth.v1.AccountMarkedExpired.$Properties instead.
             */
            interface IAccountMarkedExpired extends keywarden.oauth.v1.AccountMarkedExpired.$Properties {
            }

            /** Represents an AccountMarkedExpired. */
            class AccountMarkedExpired {

                /**
                 * Constructs a new AccountMarkedExpired.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.oauth.v1.AccountMarkedExpired.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AccountMarkedExpired accountId. */
                accountId: string;

                /** AccountMarkedExpired provider. */
                provider: string;

                /** AccountMarkedExpired userId. */
                userId: string;

                /** AccountMarkedExpired failingSince. */
                failingSince?: (google.protobuf.Timestamp.$Properties|null);

                /** AccountMarkedExpired lastErrorClass. */
                lastErrorClass: string;

                /** AccountMarkedExpired lastProviderCode. */
                lastProviderCode: string;

                /** AccountMarkedExpired generation. */
                generation: number;

                /**
                 * Encodes the specified AccountMarkedExpired message. Does not implicitly {@link keywarden.oauth.v1.AccountMarkedExpired.verify|verify} messages.
                 * @param message AccountMarkedExpired message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.oauth.v1.AccountMarkedExpired.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AccountMarkedExpired message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.AccountMarkedExpired & keywarden.oauth.v1.AccountMarkedExpired.$Shape} AccountMarkedExpired
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.oauth.v1.AccountMarkedExpired & keywarden.oauth.v1.AccountMarkedExpired.$Shape;

                /**
                 * Verifies an AccountMarkedExpired message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AccountMarkedExpired message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AccountMarkedExpired
                 */
                static fromObject(object: { [k: string]: any }): keywarden.oauth.v1.AccountMarkedExpired;

                /**
                 * Creates a plain object from an AccountMarkedExpired message. Also converts values to other types if specified.
                 * @param message AccountMarkedExpired
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.oauth.v1.AccountMarkedExpired, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AccountMarkedExpired to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace AccountMarkedExpired {

                /** Properties of an AccountMarkedExpired. */
                interface $Properties {

                    /** AccountMarkedExpired accountId */
                    accountId?: (string|null);

                    /** AccountMarkedExpired provider */
                    provider?: (string|null);

                    /** AccountMarkedExpired userId */
                    userId?: (string|null);

                    /** AccountMarkedExpired failingSince */
                    failingSince?: (google.protobuf.Timestamp.$Properties|null);

                    /** AccountMarkedExpired lastErrorClass */
                    lastErrorClass?: (string|null);

                    /** AccountMarkedExpired lastProviderCode */
                    lastProviderCode?: (string|null);

                    /** AccountMarkedExpired generation */
                    generation?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AccountMarkedExpired. */
                type $Shape = keywarden.oauth.v1.AccountMarkedExpired.$Properties;
            }

            /**
             * Properties of a GetAccessTokenRequest.
             * @deprecated Use keywarden.oauth.v1.GetAccessTokenRequest.$Properties instead.
             */
            interface IGetAccessTokenRequest extends keywarden.oauth.v1.GetAccessTokenRequest.$Properties {
            }

            /** Represents a GetAccessTokenRequest. */
            class GetAccessTokenRequest {

                /**
                 * Constructs a new GetAccessTokenRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.oauth.v1.GetAccessTokenRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetAccessTokenRequest accountId. */
                accountId: string;

                /** GetAccessTokenRequest minValidMinutes. */
                minValidMinutes: number;

                /**
                 * Encodes the specified GetAccessTokenRequest message. Does not implicitly {@link keywarden.oauth.v1.GetAccessTokenRequest.verify|verify} messages.
                 * @param message GetAccessTokenRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.oauth.v1.GetAccessTokenRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetAccessTokenRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.GetAccessTokenRequest & keywarden.oauth.v1.GetAccessTokenRequest.$Shape} GetAccessTokenRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.oauth.v1.GetAccessTokenRequest & keywarden.oauth.v1.GetAccessTokenRequest.$Shape;

                /**
                 * Verifies a GetAccessTokenRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetAccessTokenRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetAccessTokenRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.oauth.v1.GetAccessTokenRequest;

                /**
                 * Creates a plain object from a GetAccessTokenRequest message. Also converts values to other types if specified.
                 * @param message GetAccessTokenRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.oauth.v1.GetAccessTokenRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetAccessTokenRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace GetAccessTokenRequest {

                /** Properties of a GetAccessTokenRequest. */
                interface $Properties {

                    /** GetAccessTokenRequest accountId */
                    accountId?: (string|null);

                    /** GetAccessTokenRequest minValidMinutes */
                    minValidMinutes?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetAccessTokenRequest. */
                type $Shape = keywarden.oauth.v1.GetAccessTokenRequest.$Properties;
            }

            /**
             * Properties of a GetAccessTokenResponse.
             * @deprecated Use keywarden.oauth.v1.GetAccessTokenResponse.$Properties instead.
             */
            interface IGetAccessTokenResponse extends keywarden.oauth.v1.GetAccessTokenResponse.$Properties {
            }

            /** Represents a GetAccessTokenResponse. */
            class GetAccessTokenResponse {

                /**
                 * Constructs a new GetAccessTokenResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.oauth.v1.GetAccessTokenResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetAccessTokenResponse accessToken. */
                accessToken: string;

                /** GetAccessTokenResponse expiresAt. */
                expiresAt?: (google.protobuf.Timestamp.$Properties|null);

                /** GetAccessTokenResponse generation. */
                generation: number;

                /** GetAccessTokenResponse usernameHint. */
                usernameHint: string;

                /**
                 * Encodes the specified GetAccessTokenResponse message. Does not implicitly {@link keywarden.oauth.v1.GetAccessTokenResponse.verify|verify} messages.
                 * @param message GetAccessTokenResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.oauth.v1.GetAccessTokenResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetAccessTokenResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.GetAccessTokenResponse & keywarden.oauth.v1.GetAccessTokenResponse.$Shape} GetAccessTokenResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.oauth.v1.GetAccessTokenResponse & keywarden.oauth.v1.GetAccessTokenResponse.$Shape;

                /**
                 * Verifies a GetAccessTokenResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetAccessTokenResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetAccessTokenResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.oauth.v1.GetAccessTokenResponse;

                /**
                 * Creates a plain object from a GetAccessTokenResponse message. Also converts values to other types if specified.
                 * @param message GetAccessTokenResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.oauth.v1.GetAccessTokenResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetAccessTokenResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace GetAccessTokenResponse {

                /** Properties of a GetAccessTokenResponse. */
                interface $Properties {

                    /** GetAccessTokenResponse accessToken */
                    accessToken?: (string|null);

                    /** GetAccessTokenResponse expiresAt */
                    expiresAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** GetAccessTokenResponse generation */
                    generation?: (number|null);

                    /** GetAccessTokenResponse usernameHint */
                    usernameHint?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetAccessTokenResponse. */
                type $Shape = keywarden.oauth.v1.GetAccessTokenResponse.$Properties;
            }

            /**
             * Properties of a ConfigureProviderAppRequest.
             * @deprecated Use keywarden.oauth.v1.ConfigureProviderAppRequest.$Properties instead.
             */
            interface IConfigureProviderAppRequest extends keywarden.oauth.v1.ConfigureProviderAppRequest.$Properties {
            }

            /** Represents a ConfigureProviderAppRequest. */
            class ConfigureProviderAppRequest {

                /**
                 * Constructs a new ConfigureProviderAppRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.oauth.v1.ConfigureProviderAppRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConfigureProviderAppRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** ConfigureProviderAppRequest providerAppId. */
                providerAppId: string;

                /** ConfigureProviderAppRequest provider. */
                provider: string;

                /** ConfigureProviderAppRequest name. */
                name: string;

                /** ConfigureProviderAppRequest baseUrl. */
                baseUrl: string;

                /** ConfigureProviderAppRequest clientId. */
                clientId: string;

                /** ConfigureProviderAppRequest clientSecret. */
                clientSecret: string;

                /** ConfigureProviderAppRequest scopes. */
                scopes: string[];

                /** ConfigureProviderAppRequest privateKeyPem. */
                privateKeyPem: string;

                /** ConfigureProviderAppRequest authorizeUrl. */
                authorizeUrl: string;

                /** ConfigureProviderAppRequest tokenUrl. */
                tokenUrl: string;

                /** ConfigureProviderAppRequest revocationUrl. */
                revocationUrl: string;

                /** ConfigureProviderAppRequest issuer. */
                issuer: string;

                /** ConfigureProviderAppRequest defaultExpiresInSeconds. */
                defaultExpiresInSeconds: number;

                /** ConfigureProviderAppRequest apiUrl. */
                apiUrl: string;

                /**
                 * Encodes the specified ConfigureProviderAppRequest message. Does not implicitly {@link keywarden.oauth.v1.ConfigureProviderAppRequest.verify|verify} messages.
                 * @param message ConfigureProviderAppRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.oauth.v1.ConfigureProviderAppRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConfigureProviderAppRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.ConfigureProviderAppRequest & keywarden.oauth.v1.ConfigureProviderAppRequest.$Shape} ConfigureProviderAppRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.oauth.v1.ConfigureProviderAppRequest & keywarden.oauth.v1.ConfigureProviderAppRequest.$Shape;

                /**
                 * Verifies a ConfigureProviderAppRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ConfigureProviderAppRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ConfigureProviderAppRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.oauth.v1.ConfigureProviderAppRequest;

                /**
                 * Creates a plain object from a ConfigureProviderAppRequest message. Also converts values to other types if specified.
                 * @param message ConfigureProviderAppRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.oauth.v1.ConfigureProviderAppRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ConfigureProviderAppRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ConfigureProviderAppRequest {

                /** Properties of a ConfigureProviderAppRequest. */
                interface $Properties {

                    /** ConfigureProviderAppRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** ConfigureProviderAppRequest providerAppId */
                    providerAppId?: (string|null);

                    /** ConfigureProviderAppRequest provider */
                    provider?: (string|null);

                    /** ConfigureProviderAppRequest name */
                    name?: (string|null);

                    /** ConfigureProviderAppRequest baseUrl */
                    baseUrl?: (string|null);

                    /** ConfigureProviderAppRequest clientId */
                    clientId?: (string|null);

                    /** ConfigureProviderAppRequest clientSecret */
                    clientSecret?: (string|null);

                    /** ConfigureProviderAppRequest scopes */
                    scopes?: (string[]|null);

                    /** ConfigureProviderAppRequest privateKeyPem */
                    privateKeyPem?: (string|null);

                    /** ConfigureProviderAppRequest authorizeUrl */
                    authorizeUrl?: (string|null);

                    /** ConfigureProviderAppRequest tokenUrl */
                    tokenUrl?: (string|null);

                    /** ConfigureProviderAppRequest revocationUrl */
                    revocationUrl?: (string|null);

                    /** ConfigureProviderAppRequest issuer */
                    issuer?: (string|null);

                    /** ConfigureProviderAppRequest defaultExpiresInSeconds */
                    defaultExpiresInSeconds?: (number|null);

                    /** ConfigureProviderAppRequest apiUrl */
                    apiUrl?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConfigureProviderAppRequest. */
                type $Shape = keywarden.oauth.v1.ConfigureProviderAppRequest.$Properties;
            }

            /**
             * Properties of a ConfigureProviderAppResponse.
             * @deprecated Use keywarden.oauth.v1.ConfigureProviderAppResponse.$Properties instead.
             */
            interface IConfigureProviderAppResponse extends keywarden.oauth.v1.ConfigureProviderAppResponse.$Properties {
            }

            /** Represents a ConfigureProviderAppResponse. */
            class ConfigureProviderAppResponse {

                /**
                 * Constructs a new ConfigureProviderAppResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.oauth.v1.ConfigureProviderAppResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConfigureProviderAppResponse providerAppId. */
                providerAppId: string;

                /** ConfigureProviderAppResponse clientSecretFingerprint. */
                clientSecretFingerprint: string;

                /**
                 * Encodes the specified ConfigureProviderAppResponse message. Does not implicitly {@link keywarden.oauth.v1.ConfigureProviderAppResponse.verify|verify} messages.
                 * @param message ConfigureProviderAppResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.oauth.v1.ConfigureProviderAppResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConfigureProviderAppResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.ConfigureProviderAppResponse & keywarden.oauth.v1.ConfigureProviderAppResponse.$Shape} ConfigureProviderAppResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.oauth.v1.ConfigureProviderAppResponse & keywarden.oauth.v1.ConfigureProviderAppResponse.$Shape;

                /**
                 * Verifies a ConfigureProviderAppResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ConfigureProviderAppResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ConfigureProviderAppResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.oauth.v1.ConfigureProviderAppResponse;

                /**
                 * Creates a plain object from a ConfigureProviderAppResponse message. Also converts values to other types if specified.
                 * @param message ConfigureProviderAppResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.oauth.v1.ConfigureProviderAppResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ConfigureProviderAppResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ConfigureProviderAppResponse {

                /** Properties of a ConfigureProviderAppResponse. */
                interface $Properties {

                    /** ConfigureProviderAppResponse providerAppId */
                    providerAppId?: (string|null);

                    /** ConfigureProviderAppResponse clientSecretFingerprint */
                    clientSecretFingerprint?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConfigureProviderAppResponse. */
                type $Shape = keywarden.oauth.v1.ConfigureProviderAppResponse.$Properties;
            }

            /**
             * Properties of a ListProviderAppsRequest.
             * @deprecated Use keywarden.oauth.v1.ListProviderAppsRequest.$Properties instead.
             */
            interface IListProviderAppsRequest extends keywarden.oauth.v1.ListProviderAppsRequest.$Properties {
            }

            /** Represents a ListProviderAppsRequest. */
            class ListProviderAppsRequest {

                /**
                 * Constructs a new ListProviderAppsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.oauth.v1.ListProviderAppsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListProviderAppsRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /**
                 * Encodes the specified ListProviderAppsRequest message. Does not implicitly {@link keywarden.oauth.v1.ListProviderAppsRequest.verify|verify} messages.
                 * @param message ListProviderAppsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.oauth.v1.ListProviderAppsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListProviderAppsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.ListProviderAppsRequest & keywarden.oauth.v1.ListProviderAppsRequest.$Shape} ListProviderAppsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.oauth.v1.ListProviderAppsRequest & keywarden.oauth.v1.ListProviderAppsRequest.$Shape;

                /**
                 * Verifies a ListProviderAppsRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListProviderAppsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListProviderAppsRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.oauth.v1.ListProviderAppsRequest;

                /**
                 * Creates a plain object from a ListProviderAppsRequest message. Also converts values to other types if specified.
                 * @param message ListProviderAppsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.oauth.v1.ListProviderAppsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListProviderAppsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ListProviderAppsRequest {

                /** Properties of a ListProviderAppsRequest. */
                interface $Properties {

                    /** ListProviderAppsRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListProviderAppsRequest. */
                type $Shape = keywarden.oauth.v1.ListProviderAppsRequest.$Properties;
            }

            /**
             * Properties of a ProviderAppSummary.
             * @deprecated Use keywarden.oauth.v1.ProviderAppSummary.$Properties instead.
             */
            interface IProviderAppSummary extends keywarden.oauth.v1.ProviderAppSummary.$Properties {
            }

            /** Represents a ProviderAppSummary. */
            class ProviderAppSummary {

                /**
                 * Constructs a new ProviderAppSummary.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.oauth.v1.ProviderAppSummary.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProviderAppSummary providerAppId. */
                providerAppId: string;

                /** ProviderAppSummary provider. */
                provider: string;

                /** ProviderAppSummary name. */
                name: string;

                /** ProviderAppSummary baseUrl. */
                baseUrl: string;

                /** ProviderAppSummary clientId. */
                clientId: string;

                /** ProviderAppSummary scopes. */
                scopes: string[];

                /** ProviderAppSummary status. */
                status: string;

                /** ProviderAppSummary clientSecretFingerprint. */
                clientSecretFingerprint: string;

                /**
                 * Encodes the specified ProviderAppSummary message. Does not implicitly {@link keywarden.oauth.v1.ProviderAppSummary.verify|verify} messages.
                 * @param message ProviderAppSummary message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.oauth.v1.ProviderAppSummary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProviderAppSummary message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.ProviderAppSummary & keywarden.oauth.v1.ProviderAppSummary.$Shape} ProviderAppSummary
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.oauth.v1.ProviderAppSummary & keywarden.oauth.v1.ProviderAppSummary.$Shape;

                /**
                 * Verifies a ProviderAppSummary message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ProviderAppSummary message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ProviderAppSummary
                 */
                static fromObject(object: { [k: string]: any }): keywarden.oauth.v1.ProviderAppSummary;

                /**
                 * Creates a plain object from a ProviderAppSummary message. Also converts values to other types if specified.
                 * @param message ProviderAppSummary
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.oauth.v1.ProviderAppSummary, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ProviderAppSummary to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ProviderAppSummary {

                /** Properties of a ProviderAppSummary. */
                interface $Properties {

                    /** ProviderAppSummary providerAppId */
                    providerAppId?: (string|null);

                    /** ProviderAppSummary provider */
                    provider?: (string|null);

                    /** ProviderAppSummary name */
                    name?: (string|null);

                    /** ProviderAppSummary baseUrl */
                    baseUrl?: (string|null);

                    /** ProviderAppSummary clientId */
                    clientId?: (string|null);

                    /** ProviderAppSummary scopes */
                    scopes?: (string[]|null);

                    /** ProviderAppSummary status */
                    status?: (string|null);

                    /** ProviderAppSummary clientSecretFingerprint */
                    clientSecretFingerprint?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProviderAppSummary. */
                type $Shape = keywarden.oauth.v1.ProviderAppSummary.$Properties;
            }

            /**
             * Properties of a ListProviderAppsResponse.
             * @deprecated Use keywarden.oauth.v1.ListProviderAppsResponse.$Properties instead.
             */
            interface IListProviderAppsResponse extends keywarden.oauth.v1.ListProviderAppsResponse.$Properties {
            }

            /** Represents a ListProviderAppsResponse. */
            class ListProviderAppsResponse {

                /**
                 * Constructs a new ListProviderAppsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.oauth.v1.ListProviderAppsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListProviderAppsResponse providerApps. */
                providerApps: keywarden.oauth.v1.ProviderAppSummary.$Properties[];

                /**
                 * Encodes the specified ListProviderAppsResponse message. Does not implicitly {@link keywarden.oauth.v1.ListProviderAppsResponse.verify|verify} messages.
                 * @param message ListProviderAppsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.oauth.v1.ListProviderAppsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListProviderAppsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.ListProviderAppsResponse & keywarden.oauth.v1.ListProviderAppsResponse.$Shape} ListProviderAppsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.oauth.v1.ListProviderAppsResponse & keywarden.oauth.v1.ListProviderAppsResponse.$Shape;

                /**
                 * Verifies a ListProviderAppsResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListProviderAppsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListProviderAppsResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.oauth.v1.ListProviderAppsResponse;

                /**
                 * Creates a plain object from a ListProviderAppsResponse message. Also converts values to other types if specified.
                 * @param message ListProviderAppsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.oauth.v1.ListProviderAppsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListProviderAppsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ListProviderAppsResponse {

                /** Properties of a ListProviderAppsResponse. */
                interface $Properties {

                    /** ListProviderAppsResponse providerApps */
                    providerApps?: (keywarden.oauth.v1.ProviderAppSummary.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListProviderAppsResponse. */
                type $Shape = keywarden.oauth.v1.ListProviderAppsResponse.$Properties;
            }

            /**
             * Properties of a StartConnectRequest.
             * @deprecated Use keywarden.oauth.v1.StartConnectRequest.$Properties instead.
             */
            interface IStartConnectRequest extends keywarden.oauth.v1.StartConnectRequest.$Properties {
            }

            /** Represents a StartConnectRequest. */
            class StartConnectRequest {

                /**
                 * Constructs a new StartConnectRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.oauth.v1.StartConnectRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StartConnectRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** StartConnectRequest providerAppId. */
                providerAppId: string;

                /** StartConnectRequest redirectUri. */
                redirectUri: string;

                /**
                 * Encodes the specified StartConnectRequest message. Does not implicitly {@link keywarden.oauth.v1.StartConnectRequest.verify|verify} messages.
                 * @param message StartConnectRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.oauth.v1.StartConnectRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StartConnectRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.StartConnectRequest & keywarden.oauth.v1.StartConnectRequest.$Shape} StartConnectRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.oauth.v1.StartConnectRequest & keywarden.oauth.v1.StartConnectRequest.$Shape;

                /**
                 * Verifies a StartConnectRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StartConnectRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StartConnectRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.oauth.v1.StartConnectRequest;

                /**
                 * Creates a plain object from a StartConnectRequest message. Also converts values to other types if specified.
                 * @param message StartConnectRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.oauth.v1.StartConnectRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StartConnectRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace StartConnectRequest {

                /** Properties of a StartConnectRequest. */
                interface $Properties {

                    /** StartConnectRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** StartConnectRequest providerAppId */
                    providerAppId?: (string|null);

                    /** StartConnectRequest redirectUri */
                    redirectUri?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StartConnectRequest. */
                type $Shape = keywarden.oauth.v1.StartConnectRequest.$Properties;
            }

            /**
             * Properties of a StartConnectResponse.
             * @deprecated Use keywarden.oauth.v1.StartConnectResponse.$Properties instead.
             */
            interface IStartConnectResponse extends keywarden.oauth.v1.StartConnectResponse.$Properties {
            }

            /** Represents a StartConnectResponse. */
            class StartConnectResponse {

                /**
                 * Constructs a new StartConnectResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.oauth.v1.StartConnectResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StartConnectResponse authorizeUrl. */
                authorizeUrl: string;

                /** StartConnectResponse state. */
                state: string;

                /** StartConnectResponse expiresAt. */
                expiresAt?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Encodes the specified StartConnectResponse message. Does not implicitly {@link keywarden.oauth.v1.StartConnectResponse.verify|verify} messages.
                 * @param message StartConnectResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.oauth.v1.StartConnectResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StartConnectResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.StartConnectResponse & keywarden.oauth.v1.StartConnectResponse.$Shape} StartConnectResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.oauth.v1.StartConnectResponse & keywarden.oauth.v1.StartConnectResponse.$Shape;

                /**
                 * Verifies a StartConnectResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StartConnectResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StartConnectResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.oauth.v1.StartConnectResponse;

                /**
                 * Creates a plain object from a StartConnectResponse message. Also converts values to other types if specified.
                 * @param message StartConnectResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.oauth.v1.StartConnectResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StartConnectResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace StartConnectResponse {

                /** Properties of a StartConnectResponse. */
                interface $Properties {

                    /** StartConnectResponse authorizeUrl */
                    authorizeUrl?: (string|null);

                    /** StartConnectResponse state */
                    state?: (string|null);

                    /** StartConnectResponse expiresAt */
                    expiresAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StartConnectResponse. */
                type $Shape = keywarden.oauth.v1.StartConnectResponse.$Properties;
            }

            /**
             * Properties of a CompleteConnectRequest.
             * @deprecated Use keywarden.oauth.v1.CompleteConnectRequest.$Properties instead.
             */
            interface ICompleteConnectRequest extends keywarden.oauth.v1.CompleteConnectRequest.$Properties {
            }

            /** Represents a CompleteConnectRequest. */
            class CompleteConnectRequest {

                /**
                 * Constructs a new CompleteConnectRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.oauth.v1.CompleteConnectRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CompleteConnectRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** CompleteConnectRequest state. */
                state: string;

                /** CompleteConnectRequest code. */
                code: string;

                /**
                 * Encodes the specified CompleteConnectRequest message. Does not implicitly {@link keywarden.oauth.v1.CompleteConnectRequest.verify|verify} messages.
                 * @param message CompleteConnectRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.oauth.v1.CompleteConnectRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CompleteConnectRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.CompleteConnectRequest & keywarden.oauth.v1.CompleteConnectRequest.$Shape} CompleteConnectRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.oauth.v1.CompleteConnectRequest & keywarden.oauth.v1.CompleteConnectRequest.$Shape;

                /**
                 * Verifies a CompleteConnectRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CompleteConnectRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CompleteConnectRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.oauth.v1.CompleteConnectRequest;

                /**
                 * Creates a plain object from a CompleteConnectRequest message. Also converts values to other types if specified.
                 * @param message CompleteConnectRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.oauth.v1.CompleteConnectRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CompleteConnectRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace CompleteConnectRequest {

                /** Properties of a CompleteConnectRequest. */
                interface $Properties {

                    /** CompleteConnectRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** CompleteConnectRequest state */
                    state?: (string|null);

                    /** CompleteConnectRequest code */
                    code?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CompleteConnectRequest. */
                type $Shape = keywarden.oauth.v1.CompleteConnectRequest.$Properties;
            }

            /**
             * Properties of a CompleteConnectResponse.
             * @deprecated Use keywarden.oauth.v1.CompleteConnectResponse.$Properties instead.
             */
            interface ICompleteConnectResponse extends keywarden.oauth.v1.CompleteConnectResponse.$Properties {
            }

            /** Represents a CompleteConnectResponse. */
            class CompleteConnectResponse {

                /**
                 * Constructs a new CompleteConnectResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.oauth.v1.CompleteConnectResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CompleteConnectResponse account. */
                account?: (keywarden.oauth.v1.AccountStatus.$Properties|null);

                /**
                 * Encodes the specified CompleteConnectResponse message. Does not implicitly {@link keywarden.oauth.v1.CompleteConnectResponse.verify|verify} messages.
                 * @param message CompleteConnectResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.oauth.v1.CompleteConnectResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CompleteConnectResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.CompleteConnectResponse & keywarden.oauth.v1.CompleteConnectResponse.$Shape} CompleteConnectResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.oauth.v1.CompleteConnectResponse & keywarden.oauth.v1.CompleteConnectResponse.$Shape;

                /**
                 * Verifies a CompleteConnectResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CompleteConnectResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CompleteConnectResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.oauth.v1.CompleteConnectResponse;

                /**
                 * Creates a plain object from a CompleteConnectResponse message. Also converts values to other types if specified.
                 * @param message CompleteConnectResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.oauth.v1.CompleteConnectResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CompleteConnectResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace CompleteConnectResponse {

                /** Properties of a CompleteConnectResponse. */
                interface $Properties {

                    /** CompleteConnectResponse account */
                    account?: (keywarden.oauth.v1.AccountStatus.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CompleteConnectResponse. */
                type $Shape = keywarden.oauth.v1.CompleteConnectResponse.$Properties;
            }

            /**
             * Properties of a ConnectAppGrantRequest.
             * @deprecated Use keywarden.oauth.v1.ConnectAppGrantRequest.$Properties instead.
             */
            interface IConnectAppGrantRequest extends keywarden.oauth.v1.ConnectAppGrantRequest.$Properties {
            }

            /** Represents a ConnectAppGrantRequest. */
            class ConnectAppGrantRequest {

                /**
                 * Constructs a new ConnectAppGrantRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.oauth.v1.ConnectAppGrantRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConnectAppGrantRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** ConnectAppGrantRequest providerAppId. */
                providerAppId: string;

                /** ConnectAppGrantRequest grantKind. */
                grantKind: string;

                /** ConnectAppGrantRequest installationId. */
                installationId: string;

                /**
                 * Encodes the specified ConnectAppGrantRequest message. Does not implicitly {@link keywarden.oauth.v1.ConnectAppGrantRequest.verify|verify} messages.
                 * @param message ConnectAppGrantRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.oauth.v1.ConnectAppGrantRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConnectAppGrantRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.ConnectAppGrantRequest & keywarden.oauth.v1.ConnectAppGrantRequest.$Shape} ConnectAppGrantRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.oauth.v1.ConnectAppGrantRequest & keywarden.oauth.v1.ConnectAppGrantRequest.$Shape;

                /**
                 * Verifies a ConnectAppGrantRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ConnectAppGrantRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ConnectAppGrantRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.oauth.v1.ConnectAppGrantRequest;

                /**
                 * Creates a plain object from a ConnectAppGrantRequest message. Also converts values to other types if specified.
                 * @param message ConnectAppGrantRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.oauth.v1.ConnectAppGrantRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ConnectAppGrantRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ConnectAppGrantRequest {

                /** Properties of a ConnectAppGrantRequest. */
                interface $Properties {

                    /** ConnectAppGrantRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** ConnectAppGrantRequest providerAppId */
                    providerAppId?: (string|null);

                    /** ConnectAppGrantRequest grantKind */
                    grantKind?: (string|null);

                    /** ConnectAppGrantRequest installationId */
                    installationId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConnectAppGrantRequest. */
                type $Shape = keywarden.oauth.v1.ConnectAppGrantRequest.$Properties;
            }

            /**
             * Properties of a ConnectAppGrantResponse.
             * @deprecated Use keywarden.oauth.v1.ConnectAppGrantResponse.$Properties instead.
             */
            interface IConnectAppGrantResponse extends keywarden.oauth.v1.ConnectAppGrantResponse.$Properties {
            }

            /** Represents a ConnectAppGrantResponse. */
            class ConnectAppGrantResponse {

                /**
                 * Constructs a new ConnectAppGrantResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.oauth.v1.ConnectAppGrantResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConnectAppGrantResponse account. */
                account?: (keywarden.oauth.v1.AccountStatus.$Properties|null);

                /**
                 * Encodes the specified ConnectAppGrantResponse message. Does not implicitly {@link keywarden.oauth.v1.ConnectAppGrantResponse.verify|verify} messages.
                 * @param message ConnectAppGrantResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.oauth.v1.ConnectAppGrantResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConnectAppGrantResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.ConnectAppGrantResponse & keywarden.oauth.v1.ConnectAppGrantResponse.$Shape} ConnectAppGrantResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.oauth.v1.ConnectAppGrantResponse & keywarden.oauth.v1.ConnectAppGrantResponse.$Shape;

                /**
                 * Verifies a ConnectAppGrantResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ConnectAppGrantResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ConnectAppGrantResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.oauth.v1.ConnectAppGrantResponse;

                /**
                 * Creates a plain object from a ConnectAppGrantResponse message. Also converts values to other types if specified.
                 * @param message ConnectAppGrantResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.oauth.v1.ConnectAppGrantResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ConnectAppGrantResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ConnectAppGrantResponse {

                /** Properties of a ConnectAppGrantResponse. */
                interface $Properties {

                    /** ConnectAppGrantResponse account */
                    account?: (keywarden.oauth.v1.AccountStatus.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConnectAppGrantResponse. */
                type $Shape = keywarden.oauth.v1.ConnectAppGrantResponse.$Properties;
            }

            /**
             * Properties of an AccountStatus.
             * @deprecated Use keywarden.oauth.v1.AccountStatus.$Properties instead.
             */
            interface IAccountStatus extends keywarden.oauth.v1.AccountStatus.$Properties {
            }

            /** Represents an AccountStatus. */
            class AccountStatus {

                /**
                 * Constructs a new AccountStatus.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.oauth.v1.AccountStatus.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AccountStatus accountId. */
                accountId: string;

                /** AccountStatus providerAppId. */
                providerAppId: string;

                /** AccountStatus provider. */
                provider: string;

                /** AccountStatus userId. */
                userId: string;

                /** AccountStatus username. */
                username: string;

                /** AccountStatus grantKind. */
                grantKind: string;

                /** AccountStatus status. */
                status: string;

                /** AccountStatus generation. */
                generation: number;

                /** AccountStatus expiresAt. */
                expiresAt?: (google.protobuf.Timestamp.$Properties|null);

                /** AccountStatus refreshExpiresAt. */
                refreshExpiresAt?: (google.protobuf.Timestamp.$Properties|null);

                /** AccountStatus nextRefreshAt. */
                nextRefreshAt?: (google.protobuf.Timestamp.$Properties|null);

                /** AccountStatus lastErrorClass. */
                lastErrorClass: string;

                /** AccountStatus lastProviderCode. */
                lastProviderCode: string;

                /** AccountStatus lastRefreshedAt. */
                lastRefreshedAt?: (google.protobuf.Timestamp.$Properties|null);

                /** AccountStatus scopes. */
                scopes: string[];

                /**
                 * Encodes the specified AccountStatus message. Does not implicitly {@link keywarden.oauth.v1.AccountStatus.verify|verify} messages.
                 * @param message AccountStatus message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.oauth.v1.AccountStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AccountStatus message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.AccountStatus & keywarden.oauth.v1.AccountStatus.$Shape} AccountStatus
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.oauth.v1.AccountStatus & keywarden.oauth.v1.AccountStatus.$Shape;

                /**
                 * Verifies an AccountStatus message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AccountStatus message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AccountStatus
                 */
                static fromObject(object: { [k: string]: any }): keywarden.oauth.v1.AccountStatus;

                /**
                 * Creates a plain object from an AccountStatus message. Also converts values to other types if specified.
                 * @param message AccountStatus
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.oauth.v1.AccountStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AccountStatus to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace AccountStatus {

                /** Properties of an AccountStatus. */
                interface $Properties {

                    /** AccountStatus accountId */
                    accountId?: (string|null);

                    /** AccountStatus providerAppId */
                    providerAppId?: (string|null);

                    /** AccountStatus provider */
                    provider?: (string|null);

                    /** AccountStatus userId */
                    userId?: (string|null);

                    /** AccountStatus username */
                    username?: (string|null);

                    /** AccountStatus grantKind */
                    grantKind?: (string|null);

                    /** AccountStatus status */
                    status?: (string|null);

                    /** AccountStatus generation */
                    generation?: (number|null);

                    /** AccountStatus expiresAt */
                    expiresAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** AccountStatus refreshExpiresAt */
                    refreshExpiresAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** AccountStatus nextRefreshAt */
                    nextRefreshAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** AccountStatus lastErrorClass */
                    lastErrorClass?: (string|null);

                    /** AccountStatus lastProviderCode */
                    lastProviderCode?: (string|null);

                    /** AccountStatus lastRefreshedAt */
                    lastRefreshedAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** AccountStatus scopes */
                    scopes?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AccountStatus. */
                type $Shape = keywarden.oauth.v1.AccountStatus.$Properties;
            }

            /**
             * Properties of a GetAccountStatusRequest.
             * @deprecated Use keywarden.oauth.v1.GetAccountStatusRequest.$Properties instead.
             */
            interface IGetAccountStatusRequest extends keywarden.oauth.v1.GetAccountStatusRequest.$Properties {
            }

            /** Represents a GetAccountStatusRequest. */
            class GetAccountStatusRequest {

                /**
                 * Constructs a new GetAccountStatusRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.oauth.v1.GetAccountStatusRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetAccountStatusRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** GetAccountStatusRequest accountId. */
                accountId: string;

                /**
                 * Encodes the specified GetAccountStatusRequest message. Does not implicitly {@link keywarden.oauth.v1.GetAccountStatusRequest.verify|verify} messages.
                 * @param message GetAccountStatusRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.oauth.v1.GetAccountStatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetAccountStatusRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.GetAccountStatusRequest & keywarden.oauth.v1.GetAccountStatusRequest.$Shape} GetAccountStatusRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.oauth.v1.GetAccountStatusRequest & keywarden.oauth.v1.GetAccountStatusRequest.$Shape;

                /**
                 * Verifies a GetAccountStatusRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetAccountStatusRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetAccountStatusRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.oauth.v1.GetAccountStatusRequest;

                /**
                 * Creates a plain object from a GetAccountStatusRequest message. Also converts values to other types if specified.
                 * @param message GetAccountStatusRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.oauth.v1.GetAccountStatusRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetAccountStatusRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace GetAccountStatusRequest {

                /** Properties of a GetAccountStatusRequest. */
                interface $Properties {

                    /** GetAccountStatusRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** GetAccountStatusRequest accountId */
                    accountId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetAccountStatusRequest. */
                type $Shape = keywarden.oauth.v1.GetAccountStatusRequest.$Properties;
            }

            /**
             * Properties of a GetAccountStatusResponse.
             * @deprecated Use keywarden.oauth.v1.GetAccountStatusResponse.$Properties instead.
             */
            interface IGetAccountStatusResponse extends keywarden.oauth.v1.GetAccountStatusResponse.$Properties {
            }

            /** Represents a GetAccountStatusResponse. */
            class GetAccountStatusResponse {

                /**
                 * Constructs a new GetAccountStatusResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.oauth.v1.GetAccountStatusResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetAccountStatusResponse account. */
                account?: (keywarden.oauth.v1.AccountStatus.$Properties|null);

                /**
                 * Encodes the specified GetAccountStatusResponse message. Does not implicitly {@link keywarden.oauth.v1.GetAccountStatusResponse.verify|verify} messages.
                 * @param message GetAccountStatusResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.oauth.v1.GetAccountStatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetAccountStatusResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.GetAccountStatusResponse & keywarden.oauth.v1.GetAccountStatusResponse.$Shape} GetAccountStatusResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.oauth.v1.GetAccountStatusResponse & keywarden.oauth.v1.GetAccountStatusResponse.$Shape;

                /**
                 * Verifies a GetAccountStatusResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetAccountStatusResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetAccountStatusResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.oauth.v1.GetAccountStatusResponse;

                /**
                 * Creates a plain object from a GetAccountStatusResponse message. Also converts values to other types if specified.
                 * @param message GetAccountStatusResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.oauth.v1.GetAccountStatusResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetAccountStatusResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace GetAccountStatusResponse {

                /** Properties of a GetAccountStatusResponse. */
                interface $Properties {

                    /** GetAccountStatusResponse account */
                    account?: (keywarden.oauth.v1.AccountStatus.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetAccountStatusResponse. */
                type $Shape = keywarden.oauth.v1.GetAccountStatusResponse.$Properties;
            }

            /**
             * Properties of a ListAccountsRequest.
             * @deprecated Use keywarden.oauth.v1.ListAccountsRequest.$Properties instead.
             */
            interface IListAccountsRequest extends keywarden.oauth.v1.ListAccountsRequest.$Properties {
            }

            /** Represents a ListAccountsRequest. */
            class ListAccountsRequest {

                /**
                 * Constructs a new ListAccountsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.oauth.v1.ListAccountsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListAccountsRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** ListAccountsRequest userId. */
                userId: string;

                /** ListAccountsRequest all. */
                all: boolean;

                /**
                 * Encodes the specified ListAccountsRequest message. Does not implicitly {@link keywarden.oauth.v1.ListAccountsRequest.verify|verify} messages.
                 * @param message ListAccountsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.oauth.v1.ListAccountsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListAccountsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.ListAccountsRequest & keywarden.oauth.v1.ListAccountsRequest.$Shape} ListAccountsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.oauth.v1.ListAccountsRequest & keywarden.oauth.v1.ListAccountsRequest.$Shape;

                /**
                 * Verifies a ListAccountsRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListAccountsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListAccountsRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.oauth.v1.ListAccountsRequest;

                /**
                 * Creates a plain object from a ListAccountsRequest message. Also converts values to other types if specified.
                 * @param message ListAccountsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.oauth.v1.ListAccountsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListAccountsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ListAccountsRequest {

                /** Properties of a ListAccountsRequest. */
                interface $Properties {

                    /** ListAccountsRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** ListAccountsRequest userId */
                    userId?: (string|null);

                    /** ListAccountsRequest all */
                    all?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListAccountsRequest. */
                type $Shape = keywarden.oauth.v1.ListAccountsRequest.$Properties;
            }

            /**
             * Properties of a ListAccountsResponse.
             * @deprecated Use keywarden.oauth.v1.ListAccountsResponse.$Properties instead.
             */
            interface IListAccountsResponse extends keywarden.oauth.v1.ListAccountsResponse.$Properties {
            }

            /** Represents a ListAccountsResponse. */
            class ListAccountsResponse {

                /**
                 * Constructs a new ListAccountsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.oauth.v1.ListAccountsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListAccountsResponse accounts. */
                accounts: keywarden.oauth.v1.AccountStatus.$Properties[];

                /**
                 * Encodes the specified ListAccountsResponse message. Does not implicitly {@link keywarden.oauth.v1.ListAccountsResponse.verify|verify} messages.
                 * @param message ListAccountsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.oauth.v1.ListAccountsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListAccountsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.ListAccountsResponse & keywarden.oauth.v1.ListAccountsResponse.$Shape} ListAccountsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.oauth.v1.ListAccountsResponse & keywarden.oauth.v1.ListAccountsResponse.$Shape;

                /**
                 * Verifies a ListAccountsResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListAccountsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListAccountsResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.oauth.v1.ListAccountsResponse;

                /**
                 * Creates a plain object from a ListAccountsResponse message. Also converts values to other types if specified.
                 * @param message ListAccountsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.oauth.v1.ListAccountsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListAccountsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ListAccountsResponse {

                /** Properties of a ListAccountsResponse. */
                interface $Properties {

                    /** ListAccountsResponse accounts */
                    accounts?: (keywarden.oauth.v1.AccountStatus.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListAccountsResponse. */
                type $Shape = keywarden.oauth.v1.ListAccountsResponse.$Properties;
            }

            /**
             * Properties of a RefreshAccountRequest.
             * @deprecated Use keywarden.oauth.v1.RefreshAccountRequest.$Properties instead.
             */
            interface IRefreshAccountRequest extends keywarden.oauth.v1.RefreshAccountRequest.$Properties {
            }

            /** Represents a RefreshAccountRequest. */
            class RefreshAccountRequest {

                /**
                 * Constructs a new RefreshAccountRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.oauth.v1.RefreshAccountRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RefreshAccountRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** RefreshAccountRequest accountId. */
                accountId: string;

                /**
                 * Encodes the specified RefreshAccountRequest message. Does not implicitly {@link keywarden.oauth.v1.RefreshAccountRequest.verify|verify} messages.
                 * @param message RefreshAccountRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.oauth.v1.RefreshAccountRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RefreshAccountRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.RefreshAccountRequest & keywarden.oauth.v1.RefreshAccountRequest.$Shape} RefreshAccountRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.oauth.v1.RefreshAccountRequest & keywarden.oauth.v1.RefreshAccountRequest.$Shape;

                /**
                 * Verifies a RefreshAccountRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RefreshAccountRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RefreshAccountRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.oauth.v1.RefreshAccountRequest;

                /**
                 * Creates a plain object from a RefreshAccountRequest message. Also converts values to other types if specified.
                 * @param message RefreshAccountRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.oauth.v1.RefreshAccountRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RefreshAccountRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace RefreshAccountRequest {

                /** Properties of a RefreshAccountRequest. */
                interface $Properties {

                    /** RefreshAccountRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** RefreshAccountRequest accountId */
                    accountId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RefreshAccountRequest. */
                type $Shape = keywarden.oauth.v1.RefreshAccountRequest.$Properties;
            }

            /**
             * Properties of a RefreshAccountResponse.
             * @deprecated Use keywarden.oauth.v1.RefreshAccountResponse.$Properties instead.
             */
            interface IRefreshAccountResponse extends keywarden.oauth.v1.RefreshAccountResponse.$Properties {
            }

            /** Represents a RefreshAccountResponse. */
            class RefreshAccountResponse {

                /**
                 * Constructs a new RefreshAccountResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.oauth.v1.RefreshAccountResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RefreshAccountResponse account. */
                account?: (keywarden.oauth.v1.AccountStatus.$Properties|null);

                /**
                 * Encodes the specified RefreshAccountResponse message. Does not implicitly {@link keywarden.oauth.v1.RefreshAccountResponse.verify|verify} messages.
                 * @param message RefreshAccountResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.oauth.v1.RefreshAccountResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RefreshAccountResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.RefreshAccountResponse & keywarden.oauth.v1.RefreshAccountResponse.$Shape} RefreshAccountResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.oauth.v1.RefreshAccountResponse & keywarden.oauth.v1.RefreshAccountResponse.$Shape;

                /**
                 * Verifies a RefreshAccountResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RefreshAccountResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RefreshAccountResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.oauth.v1.RefreshAccountResponse;

                /**
                 * Creates a plain object from a RefreshAccountResponse message. Also converts values to other types if specified.
                 * @param message RefreshAccountResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.oauth.v1.RefreshAccountResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RefreshAccountResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace RefreshAccountResponse {

                /** Properties of a RefreshAccountResponse. */
                interface $Properties {

                    /** RefreshAccountResponse account */
                    account?: (keywarden.oauth.v1.AccountStatus.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RefreshAccountResponse. */
                type $Shape = keywarden.oauth.v1.RefreshAccountResponse.$Properties;
            }

            /**
             * Properties of a DisconnectAccountRequest.
             * @deprecated Use keywarden.oauth.v1.DisconnectAccountRequest.$Properties instead.
             */
            interface IDisconnectAccountRequest extends keywarden.oauth.v1.DisconnectAccountRequest.$Properties {
            }

            /** Represents a DisconnectAccountRequest. */
            class DisconnectAccountRequest {

                /**
                 * Constructs a new DisconnectAccountRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.oauth.v1.DisconnectAccountRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DisconnectAccountRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** DisconnectAccountRequest accountId. */
                accountId: string;

                /**
                 * Encodes the specified DisconnectAccountRequest message. Does not implicitly {@link keywarden.oauth.v1.DisconnectAccountRequest.verify|verify} messages.
                 * @param message DisconnectAccountRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.oauth.v1.DisconnectAccountRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DisconnectAccountRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.DisconnectAccountRequest & keywarden.oauth.v1.DisconnectAccountRequest.$Shape} DisconnectAccountRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.oauth.v1.DisconnectAccountRequest & keywarden.oauth.v1.DisconnectAccountRequest.$Shape;

                /**
                 * Verifies a DisconnectAccountRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DisconnectAccountRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DisconnectAccountRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.oauth.v1.DisconnectAccountRequest;

                /**
                 * Creates a plain object from a DisconnectAccountRequest message. Also converts values to other types if specified.
                 * @param message DisconnectAccountRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.oauth.v1.DisconnectAccountRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DisconnectAccountRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DisconnectAccountRequest {

                /** Properties of a DisconnectAccountRequest. */
                interface $Properties {

                    /** DisconnectAccountRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** DisconnectAccountRequest accountId */
                    accountId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DisconnectAccountRequest. */
                type $Shape = keywarden.oauth.v1.DisconnectAccountRequest.$Properties;
            }

            /**
             * Properties of a DisconnectAccountResponse.
             * @deprecated Use keywarden.oauth.v1.DisconnectAccountResponse.$Properties instead.
             */
            interface IDisconnectAccountResponse extends keywarden.oauth.v1.DisconnectAccountResponse.$Properties {
            }

            /** Represents a DisconnectAccountResponse. */
            class DisconnectAccountResponse {

                /**
                 * Constructs a new DisconnectAccountResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.oauth.v1.DisconnectAccountResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DisconnectAccountResponse revokedAtProvider. */
                revokedAtProvider: boolean;

                /**
                 * Encodes the specified DisconnectAccountResponse message. Does not implicitly {@link keywarden.oauth.v1.DisconnectAccountResponse.verify|verify} messages.
                 * @param message DisconnectAccountResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.oauth.v1.DisconnectAccountResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DisconnectAccountResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.DisconnectAccountResponse & keywarden.oauth.v1.DisconnectAccountResponse.$Shape} DisconnectAccountResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.oauth.v1.DisconnectAccountResponse & keywarden.oauth.v1.DisconnectAccountResponse.$Shape;

                /**
                 * Verifies a DisconnectAccountResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DisconnectAccountResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DisconnectAccountResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.oauth.v1.DisconnectAccountResponse;

                /**
                 * Creates a plain object from a DisconnectAccountResponse message. Also converts values to other types if specified.
                 * @param message DisconnectAccountResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.oauth.v1.DisconnectAccountResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DisconnectAccountResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DisconnectAccountResponse {

                /** Properties of a DisconnectAccountResponse. */
                interface $Properties {

                    /** DisconnectAccountResponse revokedAtProvider */
                    revokedAtProvider?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DisconnectAccountResponse. */
                type $Shape = keywarden.oauth.v1.DisconnectAccountResponse.$Properties;
            }

            /**
             * Properties of a ProviderAppConfigured.
             * @deprecated Use keywarden.oauth.v1.ProviderAppConfigured.$Properties instead.
             */
            interface IProviderAppConfigured extends keywarden.oauth.v1.ProviderAppConfigured.$Properties {
            }

            /** Represents a ProviderAppConfigured. */
            class ProviderAppConfigured {

                /**
                 * Constructs a new ProviderAppConfigured.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.oauth.v1.ProviderAppConfigured.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProviderAppConfigured providerAppId. */
                providerAppId: string;

                /** ProviderAppConfigured provider. */
                provider: string;

                /** ProviderAppConfigured name. */
                name: string;

                /** ProviderAppConfigured baseUrl. */
                baseUrl: string;

                /** ProviderAppConfigured clientId. */
                clientId: string;

                /** ProviderAppConfigured clientSecretFingerprint. */
                clientSecretFingerprint: string;

                /** ProviderAppConfigured scopes. */
                scopes: string[];

                /** ProviderAppConfigured actorUserId. */
                actorUserId: string;

                /**
                 * Encodes the specified ProviderAppConfigured message. Does not implicitly {@link keywarden.oauth.v1.ProviderAppConfigured.verify|verify} messages.
                 * @param message ProviderAppConfigured message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.oauth.v1.ProviderAppConfigured.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProviderAppConfigured message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.ProviderAppConfigured & keywarden.oauth.v1.ProviderAppConfigured.$Shape} ProviderAppConfigured
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.oauth.v1.ProviderAppConfigured & keywarden.oauth.v1.ProviderAppConfigured.$Shape;

                /**
                 * Verifies a ProviderAppConfigured message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ProviderAppConfigured message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ProviderAppConfigured
                 */
                static fromObject(object: { [k: string]: any }): keywarden.oauth.v1.ProviderAppConfigured;

                /**
                 * Creates a plain object from a ProviderAppConfigured message. Also converts values to other types if specified.
                 * @param message ProviderAppConfigured
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.oauth.v1.ProviderAppConfigured, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ProviderAppConfigured to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ProviderAppConfigured {

                /** Properties of a ProviderAppConfigured. */
                interface $Properties {

                    /** ProviderAppConfigured providerAppId */
                    providerAppId?: (string|null);

                    /** ProviderAppConfigured provider */
                    provider?: (string|null);

                    /** ProviderAppConfigured name */
                    name?: (string|null);

                    /** ProviderAppConfigured baseUrl */
                    baseUrl?: (string|null);

                    /** ProviderAppConfigured clientId */
                    clientId?: (string|null);

                    /** ProviderAppConfigured clientSecretFingerprint */
                    clientSecretFingerprint?: (string|null);

                    /** ProviderAppConfigured scopes */
                    scopes?: (string[]|null);

                    /** ProviderAppConfigured actorUserId */
                    actorUserId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProviderAppConfigured. */
                type $Shape = keywarden.oauth.v1.ProviderAppConfigured.$Properties;
            }

            /**
             * Properties of an AppCredentialInvalid.
             * @deprecated Use keywarden.oauth.v1.AppCredentialInvalid.$Properties instead.
             */
            interface IAppCredentialInvalid extends keywarden.oauth.v1.AppCredentialInvalid.$Properties {
            }

            /** Represents an AppCredentialInvalid. */
            class AppCredentialInvalid {

                /**
                 * Constructs a new AppCredentialInvalid.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.oauth.v1.AppCredentialInvalid.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AppCredentialInvalid providerAppId. */
                providerAppId: string;

                /** AppCredentialInvalid provider. */
                provider: string;

                /** AppCredentialInvalid errorClass. */
                errorClass: string;

                /** AppCredentialInvalid providerCode. */
                providerCode: string;

                /** AppCredentialInvalid accountId. */
                accountId: string;

                /** AppCredentialInvalid clientSecretFingerprint. */
                clientSecretFingerprint: string;

                /**
                 * Encodes the specified AppCredentialInvalid message. Does not implicitly {@link keywarden.oauth.v1.AppCredentialInvalid.verify|verify} messages.
                 * @param message AppCredentialInvalid message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.oauth.v1.AppCredentialInvalid.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AppCredentialInvalid message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.AppCredentialInvalid & keywarden.oauth.v1.AppCredentialInvalid.$Shape} AppCredentialInvalid
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.oauth.v1.AppCredentialInvalid & keywarden.oauth.v1.AppCredentialInvalid.$Shape;

                /**
                 * Verifies an AppCredentialInvalid message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AppCredentialInvalid message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AppCredentialInvalid
                 */
                static fromObject(object: { [k: string]: any }): keywarden.oauth.v1.AppCredentialInvalid;

                /**
                 * Creates a plain object from an AppCredentialInvalid message. Also converts values to other types if specified.
                 * @param message AppCredentialInvalid
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.oauth.v1.AppCredentialInvalid, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AppCredentialInvalid to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace AppCredentialInvalid {

                /** Properties of an AppCredentialInvalid. */
                interface $Properties {

                    /** AppCredentialInvalid providerAppId */
                    providerAppId?: (string|null);

                    /** AppCredentialInvalid provider */
                    provider?: (string|null);

                    /** AppCredentialInvalid errorClass */
                    errorClass?: (string|null);

                    /** AppCredentialInvalid providerCode */
                    providerCode?: (string|null);

                    /** AppCredentialInvalid accountId */
                    accountId?: (string|null);

                    /** AppCredentialInvalid clientSecretFingerprint */
                    clientSecretFingerprint?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AppCredentialInvalid. */
                type $Shape = keywarden.oauth.v1.AppCredentialInvalid.$Properties;
            }
        }
    }

    /** Namespace secrets. */
    namespace secrets {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of an EnvVarSet.
             * @deprecated Use keywarden.secrets.v1.EnvVarSet.$Properties instead.
             */
            interface IEnvVarSet extends keywarden.secrets.v1.EnvVarSet.$Properties {
            }

            /** Represents an EnvVarSet. */
            class EnvVarSet {

                /**
                 * Constructs a new EnvVarSet.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.EnvVarSet.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EnvVarSet envVarId. */
                envVarId: string;

                /** EnvVarSet scope. */
                scope: string;

                /** EnvVarSet projectId. */
                projectId: string;

                /** EnvVarSet key. */
                key: string;

                /** EnvVarSet kind. */
                kind: string;

                /** EnvVarSet reference. */
                reference: string;

                /** EnvVarSet valueFingerprint. */
                valueFingerprint: string;

                /** EnvVarSet description. */
                description: string;

                /** EnvVarSet actorUserId. */
                actorUserId: string;

                /**
                 * Encodes the specified EnvVarSet message. Does not implicitly {@link keywarden.secrets.v1.EnvVarSet.verify|verify} messages.
                 * @param message EnvVarSet message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.EnvVarSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EnvVarSet message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.EnvVarSet & keywarden.secrets.v1.EnvVarSet.$Shape} EnvVarSet
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.EnvVarSet & keywarden.secrets.v1.EnvVarSet.$Shape;

                /**
                 * Verifies an EnvVarSet message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EnvVarSet message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EnvVarSet
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.EnvVarSet;

                /**
                 * Creates a plain object from an EnvVarSet message. Also converts values to other types if specified.
                 * @param message EnvVarSet
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.EnvVarSet, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EnvVarSet to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace EnvVarSet {

                /** Properties of an EnvVarSet. */
                interface $Properties {

                    /** EnvVarSet envVarId */
                    envVarId?: (string|null);

                    /** EnvVarSet scope */
                    scope?: (string|null);

                    /** EnvVarSet projectId */
                    projectId?: (string|null);

                    /** EnvVarSet key */
                    key?: (string|null);

                    /** EnvVarSet kind */
                    kind?: (string|null);

                    /** EnvVarSet reference */
                    reference?: (string|null);

                    /** EnvVarSet valueFingerprint */
                    valueFingerprint?: (string|null);

                    /** EnvVarSet description */
                    description?: (string|null);

                    /** EnvVarSet actorUserId */
                    actorUserId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EnvVarSet. */
                type $Shape = keywarden.secrets.v1.EnvVarSet.$Properties;
            }

            /**
             * Properties of an EnvVarDeleted.
             * @deprecated Use keywarden.secrets.v1.EnvVarDeleted.$Properties instead.
             */
            interface IEnvVarDeleted extends keywarden.secrets.v1.EnvVarDeleted.$Properties {
            }

            /** Represents an EnvVarDeleted. */
            class EnvVarDeleted {

                /**
                 * Constructs a new EnvVarDeleted.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.EnvVarDeleted.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EnvVarDeleted envVarId. */
                envVarId: string;

                /** EnvVarDeleted scope. */
                scope: string;

                /** EnvVarDeleted projectId. */
                projectId: string;

                /** EnvVarDeleted key. */
                key: string;

                /** EnvVarDeleted actorUserId. */
                actorUserId: string;

                /**
                 * Encodes the specified EnvVarDeleted message. Does not implicitly {@link keywarden.secrets.v1.EnvVarDeleted.verify|verify} messages.
                 * @param message EnvVarDeleted message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.EnvVarDeleted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EnvVarDeleted message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.EnvVarDeleted & keywarden.secrets.v1.EnvVarDeleted.$Shape} EnvVarDeleted
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.EnvVarDeleted & keywarden.secrets.v1.EnvVarDeleted.$Shape;

                /**
                 * Verifies an EnvVarDeleted message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EnvVarDeleted message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EnvVarDeleted
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.EnvVarDeleted;

                /**
                 * Creates a plain object from an EnvVarDeleted message. Also converts values to other types if specified.
                 * @param message EnvVarDeleted
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.EnvVarDeleted, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EnvVarDeleted to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace EnvVarDeleted {

                /** Properties of an EnvVarDeleted. */
                interface $Properties {

                    /** EnvVarDeleted envVarId */
                    envVarId?: (string|null);

                    /** EnvVarDeleted scope */
                    scope?: (string|null);

                    /** EnvVarDeleted projectId */
                    projectId?: (string|null);

                    /** EnvVarDeleted key */
                    key?: (string|null);

                    /** EnvVarDeleted actorUserId */
                    actorUserId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EnvVarDeleted. */
                type $Shape = keywarden.secrets.v1.EnvVarDeleted.$Properties;
            }

            /**
             * Properties of a MasterKeyRotated.
             * @deprecated Use keywarden.secrets.v1.MasterKeyRotated.$Properties instead.
             */
            interface IMasterKeyRotated extends keywarden.secrets.v1.MasterKeyRotated.$Properties {
            }

            /** Represents a MasterKeyRotated. */
            class MasterKeyRotated {

                /**
                 * Constructs a new MasterKeyRotated.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.MasterKeyRotated.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MasterKeyRotated rotationId. */
                rotationId: string;

                /** MasterKeyRotated activeVersion. */
                activeVersion: number;

                /** MasterKeyRotated previousVersions. */
                previousVersions: number[];

                /** MasterKeyRotated rewrappedCount. */
                rewrappedCount: number;

                /** MasterKeyRotated durationMs. */
                durationMs: number;

                /** MasterKeyRotated completedAt. */
                completedAt?: (google.protobuf.Timestamp.$Properties|null);

                /** MasterKeyRotated actorUserId. */
                actorUserId: string;

                /**
                 * Encodes the specified MasterKeyRotated message. Does not implicitly {@link keywarden.secrets.v1.MasterKeyRotated.verify|verify} messages.
                 * @param message MasterKeyRotated message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.MasterKeyRotated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MasterKeyRotated message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.MasterKeyRotated & keywarden.secrets.v1.MasterKeyRotated.$Shape} MasterKeyRotated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.MasterKeyRotated & keywarden.secrets.v1.MasterKeyRotated.$Shape;

                /**
                 * Verifies a MasterKeyRotated message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MasterKeyRotated message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MasterKeyRotated
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.MasterKeyRotated;

                /**
                 * Creates a plain object from a MasterKeyRotated message. Also converts values to other types if specified.
                 * @param message MasterKeyRotated
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.MasterKeyRotated, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MasterKeyRotated to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace MasterKeyRotated {

                /** Properties of a MasterKeyRotated. */
                interface $Properties {

                    /** MasterKeyRotated rotationId */
                    rotationId?: (string|null);

                    /** MasterKeyRotated activeVersion */
                    activeVersion?: (number|null);

                    /** MasterKeyRotated previousVersions */
                    previousVersions?: (number[]|null);

                    /** MasterKeyRotated rewrappedCount */
                    rewrappedCount?: (number|null);

                    /** MasterKeyRotated durationMs */
                    durationMs?: (number|null);

                    /** MasterKeyRotated completedAt */
                    completedAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** MasterKeyRotated actorUserId */
                    actorUserId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MasterKeyRotated. */
                type $Shape = keywarden.secrets.v1.MasterKeyRotated.$Properties;
            }

            /**
             * Properties of a ProviderConfigured.
             * @deprecated Use keywarden.secrets.v1.ProviderConfigured.$Properties instead.
             */
            interface IProviderConfigured extends keywarden.secrets.v1.ProviderConfigured.$Properties {
            }

            /** Represents a ProviderConfigured. */
            class ProviderConfigured {

                /**
                 * Constructs a new ProviderConfigured.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.ProviderConfigured.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProviderConfigured providerId. */
                providerId: string;

                /** ProviderConfigured name. */
                name: string;

                /** ProviderConfigured providerType. */
                providerType: string;

                /** ProviderConfigured groupId. */
                groupId: string;

                /** ProviderConfigured enabled. */
                enabled: boolean;

                /** ProviderConfigured autoSync. */
                autoSync: boolean;

                /** ProviderConfigured schedule. */
                schedule: string;

                /** ProviderConfigured deleteMissing. */
                deleteMissing: boolean;

                /** ProviderConfigured settingsFingerprint. */
                settingsFingerprint: string;

                /** ProviderConfigured actorUserId. */
                actorUserId: string;

                /**
                 * Encodes the specified ProviderConfigured message. Does not implicitly {@link keywarden.secrets.v1.ProviderConfigured.verify|verify} messages.
                 * @param message ProviderConfigured message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.ProviderConfigured.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProviderConfigured message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.ProviderConfigured & keywarden.secrets.v1.ProviderConfigured.$Shape} ProviderConfigured
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.ProviderConfigured & keywarden.secrets.v1.ProviderConfigured.$Shape;

                /**
                 * Verifies a ProviderConfigured message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ProviderConfigured message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ProviderConfigured
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.ProviderConfigured;

                /**
                 * Creates a plain object from a ProviderConfigured message. Also converts values to other types if specified.
                 * @param message ProviderConfigured
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.ProviderConfigured, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ProviderConfigured to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ProviderConfigured {

                /** Properties of a ProviderConfigured. */
                interface $Properties {

                    /** ProviderConfigured providerId */
                    providerId?: (string|null);

                    /** ProviderConfigured name */
                    name?: (string|null);

                    /** ProviderConfigured providerType */
                    providerType?: (string|null);

                    /** ProviderConfigured groupId */
                    groupId?: (string|null);

                    /** ProviderConfigured enabled */
                    enabled?: (boolean|null);

                    /** ProviderConfigured autoSync */
                    autoSync?: (boolean|null);

                    /** ProviderConfigured schedule */
                    schedule?: (string|null);

                    /** ProviderConfigured deleteMissing */
                    deleteMissing?: (boolean|null);

                    /** ProviderConfigured settingsFingerprint */
                    settingsFingerprint?: (string|null);

                    /** ProviderConfigured actorUserId */
                    actorUserId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProviderConfigured. */
                type $Shape = keywarden.secrets.v1.ProviderConfigured.$Properties;
            }

            /**
             * Properties of a ProviderSyncCompleted.
             * @deprecated Use keywarden.secrets.v1.ProviderSyncCompleted.$Properties instead.
             */
            interface IProviderSyncCompleted extends keywarden.secrets.v1.ProviderSyncCompleted.$Properties {
            }

            /** Represents a ProviderSyncCompleted. */
            class ProviderSyncCompleted {

                /**
                 * Constructs a new ProviderSyncCompleted.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.ProviderSyncCompleted.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProviderSyncCompleted providerId. */
                providerId: string;

                /** ProviderSyncCompleted groupId. */
                groupId: string;

                /** ProviderSyncCompleted syncId. */
                syncId: string;

                /** ProviderSyncCompleted trigger. */
                trigger: string;

                /** ProviderSyncCompleted createdCount. */
                createdCount: number;

                /** ProviderSyncCompleted updatedCount. */
                updatedCount: number;

                /** ProviderSyncCompleted deletedCount. */
                deletedCount: number;

                /** ProviderSyncCompleted unchangedCount. */
                unchangedCount: number;

                /** ProviderSyncCompleted durationMs. */
                durationMs: number;

                /** ProviderSyncCompleted startedAt. */
                startedAt?: (google.protobuf.Timestamp.$Properties|null);

                /** ProviderSyncCompleted completedAt. */
                completedAt?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Encodes the specified ProviderSyncCompleted message. Does not implicitly {@link keywarden.secrets.v1.ProviderSyncCompleted.verify|verify} messages.
                 * @param message ProviderSyncCompleted message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.ProviderSyncCompleted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProviderSyncCompleted message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.ProviderSyncCompleted & keywarden.secrets.v1.ProviderSyncCompleted.$Shape} ProviderSyncCompleted
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.ProviderSyncCompleted & keywarden.secrets.v1.ProviderSyncCompleted.$Shape;

                /**
                 * Verifies a ProviderSyncCompleted message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ProviderSyncCompleted message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ProviderSyncCompleted
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.ProviderSyncCompleted;

                /**
                 * Creates a plain object from a ProviderSyncCompleted message. Also converts values to other types if specified.
                 * @param message ProviderSyncCompleted
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.ProviderSyncCompleted, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ProviderSyncCompleted to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ProviderSyncCompleted {

                /** Properties of a ProviderSyncCompleted. */
                interface $Properties {

                    /** ProviderSyncCompleted providerId */
                    providerId?: (string|null);

                    /** ProviderSyncCompleted groupId */
                    groupId?: (string|null);

                    /** ProviderSyncCompleted syncId */
                    syncId?: (string|null);

                    /** ProviderSyncCompleted trigger */
                    trigger?: (string|null);

                    /** ProviderSyncCompleted createdCount */
                    createdCount?: (number|null);

                    /** ProviderSyncCompleted updatedCount */
                    updatedCount?: (number|null);

                    /** ProviderSyncCompleted deletedCount */
                    deletedCount?: (number|null);

                    /** ProviderSyncCompleted unchangedCount */
                    unchangedCount?: (number|null);

                    /** ProviderSyncCompleted durationMs */
                    durationMs?: (number|null);

                    /** ProviderSyncCompleted startedAt */
                    startedAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** ProviderSyncCompleted completedAt */
                    completedAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProviderSyncCompleted. */
                type $Shape = keywarden.secrets.v1.ProviderSyncCompleted.$Properties;
            }

            /**
             * Properties of a ProviderSyncFailed.
             * @deprecated Use keywarden.secrets.v1.ProviderSyncFailed.$Properties instead.
             */
            interface IProviderSyncFailed extends keywarden.secrets.v1.ProviderSyncFailed.$Properties {
            }

            /** Represents a ProviderSyncFailed. */
            class ProviderSyncFailed {

                /**
                 * Constructs a new ProviderSyncFailed.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.ProviderSyncFailed.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ProviderSyncFailed providerId. */
                providerId: string;

                /** ProviderSyncFailed groupId. */
                groupId: string;

                /** ProviderSyncFailed syncId. */
                syncId: string;

                /** ProviderSyncFailed trigger. */
                trigger: string;

                /** ProviderSyncFailed reason. */
                reason: string;

                /** ProviderSyncFailed errorClass. */
                errorClass: string;

                /** ProviderSyncFailed httpStatus. */
                httpStatus: number;

                /** ProviderSyncFailed failedAt. */
                failedAt?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Encodes the specified ProviderSyncFailed message. Does not implicitly {@link keywarden.secrets.v1.ProviderSyncFailed.verify|verify} messages.
                 * @param message ProviderSyncFailed message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.ProviderSyncFailed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProviderSyncFailed message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.ProviderSyncFailed & keywarden.secrets.v1.ProviderSyncFailed.$Shape} ProviderSyncFailed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.ProviderSyncFailed & keywarden.secrets.v1.ProviderSyncFailed.$Shape;

                /**
                 * Verifies a ProviderSyncFailed message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ProviderSyncFailed message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ProviderSyncFailed
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.ProviderSyncFailed;

                /**
                 * Creates a plain object from a ProviderSyncFailed message. Also converts values to other types if specified.
                 * @param message ProviderSyncFailed
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.ProviderSyncFailed, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ProviderSyncFailed to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ProviderSyncFailed {

                /** Properties of a ProviderSyncFailed. */
                interface $Properties {

                    /** ProviderSyncFailed providerId */
                    providerId?: (string|null);

                    /** ProviderSyncFailed groupId */
                    groupId?: (string|null);

                    /** ProviderSyncFailed syncId */
                    syncId?: (string|null);

                    /** ProviderSyncFailed trigger */
                    trigger?: (string|null);

                    /** ProviderSyncFailed reason */
                    reason?: (string|null);

                    /** ProviderSyncFailed errorClass */
                    errorClass?: (string|null);

                    /** ProviderSyncFailed httpStatus */
                    httpStatus?: (number|null);

                    /** ProviderSyncFailed failedAt */
                    failedAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ProviderSyncFailed. */
                type $Shape = keywarden.secrets.v1.ProviderSyncFailed.$Properties;
            }

            /**
             * Properties of a SecretCreated.
             * @deprecated Use keywarden.secrets.v1.SecretCreated.$Properties instead.
             */
            interface ISecretCreated extends keywarden.secrets.v1.SecretCreated.$Properties {
            }

            /** Represents a SecretCreated. */
            class SecretCreated {

                /**
                 * Constructs a new SecretCreated.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.SecretCreated.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SecretCreated secretId. */
                secretId: string;

                /** SecretCreated groupId. */
                groupId: string;

                /** SecretCreated name. */
                name: string;

                /** SecretCreated description. */
                description: string;

                /** SecretCreated source. */
                source: string;

                /** SecretCreated providerId. */
                providerId: string;

                /** SecretCreated providerReference. */
                providerReference: string;

                /** SecretCreated version. */
                version: number;

                /** SecretCreated valueFingerprint. */
                valueFingerprint: string;

                /** SecretCreated actorUserId. */
                actorUserId: string;

                /** SecretCreated syncedAt. */
                syncedAt?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Encodes the specified SecretCreated message. Does not implicitly {@link keywarden.secrets.v1.SecretCreated.verify|verify} messages.
                 * @param message SecretCreated message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.SecretCreated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SecretCreated message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.SecretCreated & keywarden.secrets.v1.SecretCreated.$Shape} SecretCreated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.SecretCreated & keywarden.secrets.v1.SecretCreated.$Shape;

                /**
                 * Verifies a SecretCreated message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SecretCreated message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SecretCreated
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.SecretCreated;

                /**
                 * Creates a plain object from a SecretCreated message. Also converts values to other types if specified.
                 * @param message SecretCreated
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.SecretCreated, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SecretCreated to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SecretCreated {

                /** Properties of a SecretCreated. */
                interface $Properties {

                    /** SecretCreated secretId */
                    secretId?: (string|null);

                    /** SecretCreated groupId */
                    groupId?: (string|null);

                    /** SecretCreated name */
                    name?: (string|null);

                    /** SecretCreated description */
                    description?: (string|null);

                    /** SecretCreated source */
                    source?: (string|null);

                    /** SecretCreated providerId */
                    providerId?: (string|null);

                    /** SecretCreated providerReference */
                    providerReference?: (string|null);

                    /** SecretCreated version */
                    version?: (number|null);

                    /** SecretCreated valueFingerprint */
                    valueFingerprint?: (string|null);

                    /** SecretCreated actorUserId */
                    actorUserId?: (string|null);

                    /** SecretCreated syncedAt */
                    syncedAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SecretCreated. */
                type $Shape = keywarden.secrets.v1.SecretCreated.$Properties;
            }

            /**
             * Properties of a SecretValueChanged.
             * @deprecated Use keywarden.secrets.v1.SecretValueChanged.$Properties instead.
             */
            interface ISecretValueChanged extends keywarden.secrets.v1.SecretValueChanged.$Properties {
            }

            /** Represents a SecretValueChanged. */
            class SecretValueChanged {

                /**
                 * Constructs a new SecretValueChanged.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.SecretValueChanged.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SecretValueChanged secretId. */
                secretId: string;

                /** SecretValueChanged groupId. */
                groupId: string;

                /** SecretValueChanged version. */
                version: number;

                /** SecretValueChanged valueFingerprint. */
                valueFingerprint: string;

                /** SecretValueChanged source. */
                source: string;

                /** SecretValueChanged actorUserId. */
                actorUserId: string;

                /** SecretValueChanged syncedAt. */
                syncedAt?: (google.protobuf.Timestamp.$Properties|null);

                /** SecretValueChanged previousValueFingerprint. */
                previousValueFingerprint: string;

                /**
                 * Encodes the specified SecretValueChanged message. Does not implicitly {@link keywarden.secrets.v1.SecretValueChanged.verify|verify} messages.
                 * @param message SecretValueChanged message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.SecretValueChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SecretValueChanged message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.SecretValueChanged & keywarden.secrets.v1.SecretValueChanged.$Shape} SecretValueChanged
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.SecretValueChanged & keywarden.secrets.v1.SecretValueChanged.$Shape;

                /**
                 * Verifies a SecretValueChanged message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SecretValueChanged message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SecretValueChanged
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.SecretValueChanged;

                /**
                 * Creates a plain object from a SecretValueChanged message. Also converts values to other types if specified.
                 * @param message SecretValueChanged
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.SecretValueChanged, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SecretValueChanged to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SecretValueChanged {

                /** Properties of a SecretValueChanged. */
                interface $Properties {

                    /** SecretValueChanged secretId */
                    secretId?: (string|null);

                    /** SecretValueChanged groupId */
                    groupId?: (string|null);

                    /** SecretValueChanged version */
                    version?: (number|null);

                    /** SecretValueChanged valueFingerprint */
                    valueFingerprint?: (string|null);

                    /** SecretValueChanged source */
                    source?: (string|null);

                    /** SecretValueChanged actorUserId */
                    actorUserId?: (string|null);

                    /** SecretValueChanged syncedAt */
                    syncedAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** SecretValueChanged previousValueFingerprint */
                    previousValueFingerprint?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SecretValueChanged. */
                type $Shape = keywarden.secrets.v1.SecretValueChanged.$Properties;
            }

            /**
             * Properties of a SecretRolledBack.
             * @deprecated Use keywarden.secrets.v1.SecretRolledBack.$Properties instead.
             */
            interface ISecretRolledBack extends keywarden.secrets.v1.SecretRolledBack.$Properties {
            }

            /** Represents a SecretRolledBack. */
            class SecretRolledBack {

                /**
                 * Constructs a new SecretRolledBack.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.SecretRolledBack.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SecretRolledBack secretId. */
                secretId: string;

                /** SecretRolledBack groupId. */
                groupId: string;

                /** SecretRolledBack version. */
                version: number;

                /** SecretRolledBack restoredVersion. */
                restoredVersion: number;

                /** SecretRolledBack valueFingerprint. */
                valueFingerprint: string;

                /** SecretRolledBack actorUserId. */
                actorUserId: string;

                /**
                 * Encodes the specified SecretRolledBack message. Does not implicitly {@link keywarden.secrets.v1.SecretRolledBack.verify|verify} messages.
                 * @param message SecretRolledBack message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.SecretRolledBack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SecretRolledBack message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.SecretRolledBack & keywarden.secrets.v1.SecretRolledBack.$Shape} SecretRolledBack
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.SecretRolledBack & keywarden.secrets.v1.SecretRolledBack.$Shape;

                /**
                 * Verifies a SecretRolledBack message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SecretRolledBack message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SecretRolledBack
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.SecretRolledBack;

                /**
                 * Creates a plain object from a SecretRolledBack message. Also converts values to other types if specified.
                 * @param message SecretRolledBack
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.SecretRolledBack, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SecretRolledBack to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SecretRolledBack {

                /** Properties of a SecretRolledBack. */
                interface $Properties {

                    /** SecretRolledBack secretId */
                    secretId?: (string|null);

                    /** SecretRolledBack groupId */
                    groupId?: (string|null);

                    /** SecretRolledBack version */
                    version?: (number|null);

                    /** SecretRolledBack restoredVersion */
                    restoredVersion?: (number|null);

                    /** SecretRolledBack valueFingerprint */
                    valueFingerprint?: (string|null);

                    /** SecretRolledBack actorUserId */
                    actorUserId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SecretRolledBack. */
                type $Shape = keywarden.secrets.v1.SecretRolledBack.$Properties;
            }

            /**
             * Properties of a SecretRevealed.
             * @deprecated Use keywarden.secrets.v1.SecretRevealed.$Properties instead.
             */
            interface ISecretRevealed extends keywarden.secrets.v1.SecretRevealed.$Properties {
            }

            /** Represents a SecretRevealed. */
            class SecretRevealed {

                /**
                 * Constructs a new SecretRevealed.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.SecretRevealed.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SecretRevealed secretId. */
                secretId: string;

                /** SecretRevealed groupId. */
                groupId: string;

                /** SecretRevealed version. */
                version: number;

                /** SecretRevealed actorUserId. */
                actorUserId: string;

                /** SecretRevealed reason. */
                reason: string;

                /** SecretRevealed purpose. */
                purpose: string;

                /**
                 * Encodes the specified SecretRevealed message. Does not implicitly {@link keywarden.secrets.v1.SecretRevealed.verify|verify} messages.
                 * @param message SecretRevealed message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.SecretRevealed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SecretRevealed message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.SecretRevealed & keywarden.secrets.v1.SecretRevealed.$Shape} SecretRevealed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.SecretRevealed & keywarden.secrets.v1.SecretRevealed.$Shape;

                /**
                 * Verifies a SecretRevealed message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SecretRevealed message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SecretRevealed
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.SecretRevealed;

                /**
                 * Creates a plain object from a SecretRevealed message. Also converts values to other types if specified.
                 * @param message SecretRevealed
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.SecretRevealed, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SecretRevealed to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SecretRevealed {

                /** Properties of a SecretRevealed. */
                interface $Properties {

                    /** SecretRevealed secretId */
                    secretId?: (string|null);

                    /** SecretRevealed groupId */
                    groupId?: (string|null);

                    /** SecretRevealed version */
                    version?: (number|null);

                    /** SecretRevealed actorUserId */
                    actorUserId?: (string|null);

                    /** SecretRevealed reason */
                    reason?: (string|null);

                    /** SecretRevealed purpose */
                    purpose?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SecretRevealed. */
                type $Shape = keywarden.secrets.v1.SecretRevealed.$Properties;
            }

            /**
             * Properties of a SecretDeleted.
             * @deprecated Use keywarden.secrets.v1.SecretDeleted.$Properties instead.
             */
            interface ISecretDeleted extends keywarden.secrets.v1.SecretDeleted.$Properties {
            }

            /** Represents a SecretDeleted. */
            class SecretDeleted {

                /**
                 * Constructs a new SecretDeleted.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.SecretDeleted.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SecretDeleted secretId. */
                secretId: string;

                /** SecretDeleted groupId. */
                groupId: string;

                /** SecretDeleted name. */
                name: string;

                /** SecretDeleted actorUserId. */
                actorUserId: string;

                /** SecretDeleted reason. */
                reason: string;

                /**
                 * Encodes the specified SecretDeleted message. Does not implicitly {@link keywarden.secrets.v1.SecretDeleted.verify|verify} messages.
                 * @param message SecretDeleted message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.SecretDeleted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SecretDeleted message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.SecretDeleted & keywarden.secrets.v1.SecretDeleted.$Shape} SecretDeleted
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.SecretDeleted & keywarden.secrets.v1.SecretDeleted.$Shape;

                /**
                 * Verifies a SecretDeleted message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SecretDeleted message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SecretDeleted
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.SecretDeleted;

                /**
                 * Creates a plain object from a SecretDeleted message. Also converts values to other types if specified.
                 * @param message SecretDeleted
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.SecretDeleted, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SecretDeleted to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SecretDeleted {

                /** Properties of a SecretDeleted. */
                interface $Properties {

                    /** SecretDeleted secretId */
                    secretId?: (string|null);

                    /** SecretDeleted groupId */
                    groupId?: (string|null);

                    /** SecretDeleted name */
                    name?: (string|null);

                    /** SecretDeleted actorUserId */
                    actorUserId?: (string|null);

                    /** SecretDeleted reason */
                    reason?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SecretDeleted. */
                type $Shape = keywarden.secrets.v1.SecretDeleted.$Properties;
            }

            /**
             * Properties of a SecretGroupCreated.
             * @deprecated Use keywarden.secrets.v1.SecretGroupCreated.$Properties instead.
             */
            interface ISecretGroupCreated extends keywarden.secrets.v1.SecretGroupCreated.$Properties {
            }

            /** Represents a SecretGroupCreated. */
            class SecretGroupCreated {

                /**
                 * Constructs a new SecretGroupCreated.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.SecretGroupCreated.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SecretGroupCreated groupId. */
                groupId: string;

                /** SecretGroupCreated name. */
                name: string;

                /** SecretGroupCreated description. */
                description: string;

                /** SecretGroupCreated actorUserId. */
                actorUserId: string;

                /**
                 * Encodes the specified SecretGroupCreated message. Does not implicitly {@link keywarden.secrets.v1.SecretGroupCreated.verify|verify} messages.
                 * @param message SecretGroupCreated message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.SecretGroupCreated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SecretGroupCreated message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.SecretGroupCreated & keywarden.secrets.v1.SecretGroupCreated.$Shape} SecretGroupCreated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.SecretGroupCreated & keywarden.secrets.v1.SecretGroupCreated.$Shape;

                /**
                 * Verifies a SecretGroupCreated message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SecretGroupCreated message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SecretGroupCreated
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.SecretGroupCreated;

                /**
                 * Creates a plain object from a SecretGroupCreated message. Also converts values to other types if specified.
                 * @param message SecretGroupCreated
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.SecretGroupCreated, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SecretGroupCreated to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SecretGroupCreated {

                /** Properties of a SecretGroupCreated. */
                interface $Properties {

                    /** SecretGroupCreated groupId */
                    groupId?: (string|null);

                    /** SecretGroupCreated name */
                    name?: (string|null);

                    /** SecretGroupCreated description */
                    description?: (string|null);

                    /** SecretGroupCreated actorUserId */
                    actorUserId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SecretGroupCreated. */
                type $Shape = keywarden.secrets.v1.SecretGroupCreated.$Properties;
            }

            /**
             * Properties of a SecretGroupProviderLinked.
             * @deprecated Use keywarden.secrets.v1.SecretGroupProviderLinked.$Properties instead.
             */
            interface ISecretGroupProviderLinked extends keywarden.secrets.v1.SecretGroupProviderLinked.$Properties {
            }

            /** Represents a SecretGroupProviderLinked. */
            class SecretGroupProviderLinked {

                /**
                 * Constructs a new SecretGroupProviderLinked.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.SecretGroupProviderLinked.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SecretGroupProviderLinked groupId. */
                groupId: string;

                /** SecretGroupProviderLinked providerId. */
                providerId: string;

                /** SecretGroupProviderLinked autoSync. */
                autoSync: boolean;

                /** SecretGroupProviderLinked actorUserId. */
                actorUserId: string;

                /**
                 * Encodes the specified SecretGroupProviderLinked message. Does not implicitly {@link keywarden.secrets.v1.SecretGroupProviderLinked.verify|verify} messages.
                 * @param message SecretGroupProviderLinked message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.SecretGroupProviderLinked.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SecretGroupProviderLinked message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.SecretGroupProviderLinked & keywarden.secrets.v1.SecretGroupProviderLinked.$Shape} SecretGroupProviderLinked
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.SecretGroupProviderLinked & keywarden.secrets.v1.SecretGroupProviderLinked.$Shape;

                /**
                 * Verifies a SecretGroupProviderLinked message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SecretGroupProviderLinked message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SecretGroupProviderLinked
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.SecretGroupProviderLinked;

                /**
                 * Creates a plain object from a SecretGroupProviderLinked message. Also converts values to other types if specified.
                 * @param message SecretGroupProviderLinked
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.SecretGroupProviderLinked, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SecretGroupProviderLinked to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SecretGroupProviderLinked {

                /** Properties of a SecretGroupProviderLinked. */
                interface $Properties {

                    /** SecretGroupProviderLinked groupId */
                    groupId?: (string|null);

                    /** SecretGroupProviderLinked providerId */
                    providerId?: (string|null);

                    /** SecretGroupProviderLinked autoSync */
                    autoSync?: (boolean|null);

                    /** SecretGroupProviderLinked actorUserId */
                    actorUserId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SecretGroupProviderLinked. */
                type $Shape = keywarden.secrets.v1.SecretGroupProviderLinked.$Properties;
            }

            /**
             * Properties of a BuildEnvironmentRequest.
             * @deprecated Use keywarden.secrets.v1.BuildEnvironmentRequest.$Properties instead.
             */
            interface IBuildEnvironmentRequest extends keywarden.secrets.v1.BuildEnvironmentRequest.$Properties {
            }

            /** Represents a BuildEnvironmentRequest. */
            class BuildEnvironmentRequest {

                /**
                 * Constructs a new BuildEnvironmentRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.BuildEnvironmentRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** BuildEnvironmentRequest projectId. */
                projectId: string;

                /**
                 * Encodes the specified BuildEnvironmentRequest message. Does not implicitly {@link keywarden.secrets.v1.BuildEnvironmentRequest.verify|verify} messages.
                 * @param message BuildEnvironmentRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.BuildEnvironmentRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BuildEnvironmentRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.BuildEnvironmentRequest & keywarden.secrets.v1.BuildEnvironmentRequest.$Shape} BuildEnvironmentRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.BuildEnvironmentRequest & keywarden.secrets.v1.BuildEnvironmentRequest.$Shape;

                /**
                 * Verifies a BuildEnvironmentRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a BuildEnvironmentRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns BuildEnvironmentRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.BuildEnvironmentRequest;

                /**
                 * Creates a plain object from a BuildEnvironmentRequest message. Also converts values to other types if specified.
                 * @param message BuildEnvironmentRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.BuildEnvironmentRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BuildEnvironmentRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace BuildEnvironmentRequest {

                /** Properties of a BuildEnvironmentRequest. */
                interface $Properties {

                    /** BuildEnvironmentRequest projectId */
                    projectId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a BuildEnvironmentRequest. */
                type $Shape = keywarden.secrets.v1.BuildEnvironmentRequest.$Properties;
            }

            /**
             * Properties of a ResolvedVariable.
             * @deprecated Use keywarden.secrets.v1.ResolvedVariable.$Properties instead.
             */
            interface IResolvedVariable extends keywarden.secrets.v1.ResolvedVariable.$Properties {
            }

            /** Represents a ResolvedVariable. */
            class ResolvedVariable {

                /**
                 * Constructs a new ResolvedVariable.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.ResolvedVariable.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ResolvedVariable key. */
                key: string;

                /** ResolvedVariable value. */
                value: string;

                /** ResolvedVariable scope. */
                scope: string;

                /** ResolvedVariable kind. */
                kind: string;

                /** ResolvedVariable secretId. */
                secretId: string;

                /** ResolvedVariable secretVersion. */
                secretVersion: number;

                /**
                 * Encodes the specified ResolvedVariable message. Does not implicitly {@link keywarden.secrets.v1.ResolvedVariable.verify|verify} messages.
                 * @param message ResolvedVariable message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.ResolvedVariable.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ResolvedVariable message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.ResolvedVariable & keywarden.secrets.v1.ResolvedVariable.$Shape} ResolvedVariable
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.ResolvedVariable & keywarden.secrets.v1.ResolvedVariable.$Shape;

                /**
                 * Verifies a ResolvedVariable message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ResolvedVariable message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ResolvedVariable
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.ResolvedVariable;

                /**
                 * Creates a plain object from a ResolvedVariable message. Also converts values to other types if specified.
                 * @param message ResolvedVariable
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.ResolvedVariable, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ResolvedVariable to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ResolvedVariable {

                /** Properties of a ResolvedVariable. */
                interface $Properties {

                    /** ResolvedVariable key */
                    key?: (string|null);

                    /** ResolvedVariable value */
                    value?: (string|null);

                    /** ResolvedVariable scope */
                    scope?: (string|null);

                    /** ResolvedVariable kind */
                    kind?: (string|null);

                    /** ResolvedVariable secretId */
                    secretId?: (string|null);

                    /** ResolvedVariable secretVersion */
                    secretVersion?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ResolvedVariable. */
                type $Shape = keywarden.secrets.v1.ResolvedVariable.$Properties;
            }

            /**
             * Properties of a BuildEnvironmentResponse.
             * @deprecated Use keywarden.secrets.v1.BuildEnvironmentResponse.$Properties instead.
             */
            interface IBuildEnvironmentResponse extends keywarden.secrets.v1.BuildEnvironmentResponse.$Properties {
            }

            /** Represents a BuildEnvironmentResponse. */
            class BuildEnvironmentResponse {

                /**
                 * Constructs a new BuildEnvironmentResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.BuildEnvironmentResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** BuildEnvironmentResponse variables. */
                variables: keywarden.secrets.v1.ResolvedVariable.$Properties[];

                /** BuildEnvironmentResponse resolvedAt. */
                resolvedAt?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Encodes the specified BuildEnvironmentResponse message. Does not implicitly {@link keywarden.secrets.v1.BuildEnvironmentResponse.verify|verify} messages.
                 * @param message BuildEnvironmentResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.BuildEnvironmentResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BuildEnvironmentResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.BuildEnvironmentResponse & keywarden.secrets.v1.BuildEnvironmentResponse.$Shape} BuildEnvironmentResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.BuildEnvironmentResponse & keywarden.secrets.v1.BuildEnvironmentResponse.$Shape;

                /**
                 * Verifies a BuildEnvironmentResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a BuildEnvironmentResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns BuildEnvironmentResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.BuildEnvironmentResponse;

                /**
                 * Creates a plain object from a BuildEnvironmentResponse message. Also converts values to other types if specified.
                 * @param message BuildEnvironmentResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.BuildEnvironmentResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BuildEnvironmentResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace BuildEnvironmentResponse {

                /** Properties of a BuildEnvironmentResponse. */
                interface $Properties {

                    /** BuildEnvironmentResponse variables */
                    variables?: (keywarden.secrets.v1.ResolvedVariable.$Properties[]|null);

                    /** BuildEnvironmentResponse resolvedAt */
                    resolvedAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a BuildEnvironmentResponse. */
                type $Shape = keywarden.secrets.v1.BuildEnvironmentResponse.$Properties;
            }

            /**
             * Properties of a CreateSecretGroupRequest.
             * @deprecated Use keywarden.secrets.v1.CreateSecretGroupRequest.$Properties instead.
             */
            interface ICreateSecretGroupRequest extends keywarden.secrets.v1.CreateSecretGroupRequest.$Properties {
            }

            /** Represents a CreateSecretGroupRequest. */
            class CreateSecretGroupRequest {

                /**
                 * Constructs a new CreateSecretGroupRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.CreateSecretGroupRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CreateSecretGroupRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** CreateSecretGroupRequest name. */
                name: string;

                /** CreateSecretGroupRequest description. */
                description: string;

                /**
                 * Encodes the specified CreateSecretGroupRequest message. Does not implicitly {@link keywarden.secrets.v1.CreateSecretGroupRequest.verify|verify} messages.
                 * @param message CreateSecretGroupRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.CreateSecretGroupRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateSecretGroupRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.CreateSecretGroupRequest & keywarden.secrets.v1.CreateSecretGroupRequest.$Shape} CreateSecretGroupRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.CreateSecretGroupRequest & keywarden.secrets.v1.CreateSecretGroupRequest.$Shape;

                /**
                 * Verifies a CreateSecretGroupRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CreateSecretGroupRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateSecretGroupRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.CreateSecretGroupRequest;

                /**
                 * Creates a plain object from a CreateSecretGroupRequest message. Also converts values to other types if specified.
                 * @param message CreateSecretGroupRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.CreateSecretGroupRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateSecretGroupRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace CreateSecretGroupRequest {

                /** Properties of a CreateSecretGroupRequest. */
                interface $Properties {

                    /** CreateSecretGroupRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** CreateSecretGroupRequest name */
                    name?: (string|null);

                    /** CreateSecretGroupRequest description */
                    description?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CreateSecretGroupRequest. */
                type $Shape = keywarden.secrets.v1.CreateSecretGroupRequest.$Properties;
            }

            /**
             * Properties of a CreateSecretGroupResponse.
             * @deprecated Use keywarden.secrets.v1.CreateSecretGroupResponse.$Properties instead.
             */
            interface ICreateSecretGroupResponse extends keywarden.secrets.v1.CreateSecretGroupResponse.$Properties {
            }

            /** Represents a CreateSecretGroupResponse. */
            class CreateSecretGroupResponse {

                /**
                 * Constructs a new CreateSecretGroupResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.CreateSecretGroupResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CreateSecretGroupResponse group. */
                group?: (keywarden.secrets.v1.SecretGroupSummary.$Properties|null);

                /**
                 * Encodes the specified CreateSecretGroupResponse message. Does not implicitly {@link keywarden.secrets.v1.CreateSecretGroupResponse.verify|verify} messages.
                 * @param message CreateSecretGroupResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.CreateSecretGroupResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateSecretGroupResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.CreateSecretGroupResponse & keywarden.secrets.v1.CreateSecretGroupResponse.$Shape} CreateSecretGroupResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.CreateSecretGroupResponse & keywarden.secrets.v1.CreateSecretGroupResponse.$Shape;

                /**
                 * Verifies a CreateSecretGroupResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CreateSecretGroupResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateSecretGroupResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.CreateSecretGroupResponse;

                /**
                 * Creates a plain object from a CreateSecretGroupResponse message. Also converts values to other types if specified.
                 * @param message CreateSecretGroupResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.CreateSecretGroupResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateSecretGroupResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace CreateSecretGroupResponse {

                /** Properties of a CreateSecretGroupResponse. */
                interface $Properties {

                    /** CreateSecretGroupResponse group */
                    group?: (keywarden.secrets.v1.SecretGroupSummary.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CreateSecretGroupResponse. */
                type $Shape = keywarden.secrets.v1.CreateSecretGroupResponse.$Properties;
            }

            /**
             * Properties of a SecretGroupSummary.
             * @deprecated Use keywarden.secrets.v1.SecretGroupSummary.$Properties instead.
             */
            interface ISecretGroupSummary extends keywarden.secrets.v1.SecretGroupSummary.$Properties {
            }

            /** Represents a SecretGroupSummary. */
            class SecretGroupSummary {

                /**
                 * Constructs a new SecretGroupSummary.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.SecretGroupSummary.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SecretGroupSummary groupId. */
                groupId: string;

                /** SecretGroupSummary name. */
                name: string;

                /** SecretGroupSummary description. */
                description: string;

                /** SecretGroupSummary providerId. */
                providerId: string;

                /** SecretGroupSummary autoSync. */
                autoSync: boolean;

                /** SecretGroupSummary secretCount. */
                secretCount: number;

                /**
                 * Encodes the specified SecretGroupSummary message. Does not implicitly {@link keywarden.secrets.v1.SecretGroupSummary.verify|verify} messages.
                 * @param message SecretGroupSummary message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.SecretGroupSummary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SecretGroupSummary message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.SecretGroupSummary & keywarden.secrets.v1.SecretGroupSummary.$Shape} SecretGroupSummary
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.SecretGroupSummary & keywarden.secrets.v1.SecretGroupSummary.$Shape;

                /**
                 * Verifies a SecretGroupSummary message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SecretGroupSummary message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SecretGroupSummary
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.SecretGroupSummary;

                /**
                 * Creates a plain object from a SecretGroupSummary message. Also converts values to other types if specified.
                 * @param message SecretGroupSummary
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.SecretGroupSummary, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SecretGroupSummary to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SecretGroupSummary {

                /** Properties of a SecretGroupSummary. */
                interface $Properties {

                    /** SecretGroupSummary groupId */
                    groupId?: (string|null);

                    /** SecretGroupSummary name */
                    name?: (string|null);

                    /** SecretGroupSummary description */
                    description?: (string|null);

                    /** SecretGroupSummary providerId */
                    providerId?: (string|null);

                    /** SecretGroupSummary autoSync */
                    autoSync?: (boolean|null);

                    /** SecretGroupSummary secretCount */
                    secretCount?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SecretGroupSummary. */
                type $Shape = keywarden.secrets.v1.SecretGroupSummary.$Properties;
            }

            /**
             * Properties of a ListSecretGroupsRequest.
             * @deprecated Use keywarden.secrets.v1.ListSecretGroupsRequest.$Properties instead.
             */
            interface IListSecretGroupsRequest extends keywarden.secrets.v1.ListSecretGroupsRequest.$Properties {
            }

            /** Represents a ListSecretGroupsRequest. */
            class ListSecretGroupsRequest {

                /**
                 * Constructs a new ListSecretGroupsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.ListSecretGroupsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListSecretGroupsRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /**
                 * Encodes the specified ListSecretGroupsRequest message. Does not implicitly {@link keywarden.secrets.v1.ListSecretGroupsRequest.verify|verify} messages.
                 * @param message ListSecretGroupsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.ListSecretGroupsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListSecretGroupsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.ListSecretGroupsRequest & keywarden.secrets.v1.ListSecretGroupsRequest.$Shape} ListSecretGroupsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.ListSecretGroupsRequest & keywarden.secrets.v1.ListSecretGroupsRequest.$Shape;

                /**
                 * Verifies a ListSecretGroupsRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListSecretGroupsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListSecretGroupsRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.ListSecretGroupsRequest;

                /**
                 * Creates a plain object from a ListSecretGroupsRequest message. Also converts values to other types if specified.
                 * @param message ListSecretGroupsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.ListSecretGroupsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListSecretGroupsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ListSecretGroupsRequest {

                /** Properties of a ListSecretGroupsRequest. */
                interface $Properties {

                    /** ListSecretGroupsRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListSecretGroupsRequest. */
                type $Shape = keywarden.secrets.v1.ListSecretGroupsRequest.$Properties;
            }

            /**
             * Properties of a ListSecretGroupsResponse.
             * @deprecated Use keywarden.secrets.v1.ListSecretGroupsResponse.$Properties instead.
             */
            interface IListSecretGroupsResponse extends keywarden.secrets.v1.ListSecretGroupsResponse.$Properties {
            }

            /** Represents a ListSecretGroupsResponse. */
            class ListSecretGroupsResponse {

                /**
                 * Constructs a new ListSecretGroupsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.ListSecretGroupsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListSecretGroupsResponse groups. */
                groups: keywarden.secrets.v1.SecretGroupSummary.$Properties[];

                /**
                 * Encodes the specified ListSecretGroupsResponse message. Does not implicitly {@link keywarden.secrets.v1.ListSecretGroupsResponse.verify|verify} messages.
                 * @param message ListSecretGroupsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.ListSecretGroupsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListSecretGroupsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.ListSecretGroupsResponse & keywarden.secrets.v1.ListSecretGroupsResponse.$Shape} ListSecretGroupsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.ListSecretGroupsResponse & keywarden.secrets.v1.ListSecretGroupsResponse.$Shape;

                /**
                 * Verifies a ListSecretGroupsResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListSecretGroupsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListSecretGroupsResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.ListSecretGroupsResponse;

                /**
                 * Creates a plain object from a ListSecretGroupsResponse message. Also converts values to other types if specified.
                 * @param message ListSecretGroupsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.ListSecretGroupsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListSecretGroupsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ListSecretGroupsResponse {

                /** Properties of a ListSecretGroupsResponse. */
                interface $Properties {

                    /** ListSecretGroupsResponse groups */
                    groups?: (keywarden.secrets.v1.SecretGroupSummary.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListSecretGroupsResponse. */
                type $Shape = keywarden.secrets.v1.ListSecretGroupsResponse.$Properties;
            }

            /**
             * Properties of a PutSecretRequest.
             * @deprecated Use keywarden.secrets.v1.PutSecretRequest.$Properties instead.
             */
            interface IPutSecretRequest extends keywarden.secrets.v1.PutSecretRequest.$Properties {
            }

            /** Represents a PutSecretRequest. */
            class PutSecretRequest {

                /**
                 * Constructs a new PutSecretRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.PutSecretRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PutSecretRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** PutSecretRequest groupId. */
                groupId: string;

                /** PutSecretRequest name. */
                name: string;

                /** PutSecretRequest value. */
                value: string;

                /** PutSecretRequest description. */
                description: string;

                /** PutSecretRequest replace. */
                replace: boolean;

                /**
                 * Encodes the specified PutSecretRequest message. Does not implicitly {@link keywarden.secrets.v1.PutSecretRequest.verify|verify} messages.
                 * @param message PutSecretRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.PutSecretRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PutSecretRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.PutSecretRequest & keywarden.secrets.v1.PutSecretRequest.$Shape} PutSecretRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.PutSecretRequest & keywarden.secrets.v1.PutSecretRequest.$Shape;

                /**
                 * Verifies a PutSecretRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PutSecretRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PutSecretRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.PutSecretRequest;

                /**
                 * Creates a plain object from a PutSecretRequest message. Also converts values to other types if specified.
                 * @param message PutSecretRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.PutSecretRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PutSecretRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace PutSecretRequest {

                /** Properties of a PutSecretRequest. */
                interface $Properties {

                    /** PutSecretRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** PutSecretRequest groupId */
                    groupId?: (string|null);

                    /** PutSecretRequest name */
                    name?: (string|null);

                    /** PutSecretRequest value */
                    value?: (string|null);

                    /** PutSecretRequest description */
                    description?: (string|null);

                    /** PutSecretRequest replace */
                    replace?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PutSecretRequest. */
                type $Shape = keywarden.secrets.v1.PutSecretRequest.$Properties;
            }

            /**
             * Properties of a PutSecretResponse.
             * @deprecated Use keywarden.secrets.v1.PutSecretResponse.$Properties instead.
             */
            interface IPutSecretResponse extends keywarden.secrets.v1.PutSecretResponse.$Properties {
            }

            /** Represents a PutSecretResponse. */
            class PutSecretResponse {

                /**
                 * Constructs a new PutSecretResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.PutSecretResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PutSecretResponse secret. */
                secret?: (keywarden.secrets.v1.SecretSummary.$Properties|null);

                /** PutSecretResponse changed. */
                changed: boolean;

                /**
                 * Encodes the specified PutSecretResponse message. Does not implicitly {@link keywarden.secrets.v1.PutSecretResponse.verify|verify} messages.
                 * @param message PutSecretResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.PutSecretResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PutSecretResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.PutSecretResponse & keywarden.secrets.v1.PutSecretResponse.$Shape} PutSecretResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.PutSecretResponse & keywarden.secrets.v1.PutSecretResponse.$Shape;

                /**
                 * Verifies a PutSecretResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PutSecretResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PutSecretResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.PutSecretResponse;

                /**
                 * Creates a plain object from a PutSecretResponse message. Also converts values to other types if specified.
                 * @param message PutSecretResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.PutSecretResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PutSecretResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace PutSecretResponse {

                /** Properties of a PutSecretResponse. */
                interface $Properties {

                    /** PutSecretResponse secret */
                    secret?: (keywarden.secrets.v1.SecretSummary.$Properties|null);

                    /** PutSecretResponse changed */
                    changed?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PutSecretResponse. */
                type $Shape = keywarden.secrets.v1.PutSecretResponse.$Properties;
            }

            /**
             * Properties of a SecretSummary.
             * @deprecated Use keywarden.secrets.v1.SecretSummary.$Properties instead.
             */
            interface ISecretSummary extends keywarden.secrets.v1.SecretSummary.$Properties {
            }

            /** Represents a SecretSummary. */
            class SecretSummary {

                /**
                 * Constructs a new SecretSummary.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.SecretSummary.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SecretSummary secretId. */
                secretId: string;

                /** SecretSummary groupId. */
                groupId: string;

                /** SecretSummary name. */
                name: string;

                /** SecretSummary description. */
                description: string;

                /** SecretSummary version. */
                version: number;

                /** SecretSummary preview. */
                preview: string;

                /** SecretSummary source. */
                source: string;

                /** SecretSummary providerId. */
                providerId: string;

                /** SecretSummary providerReference. */
                providerReference: string;

                /** SecretSummary lastSyncedAt. */
                lastSyncedAt?: (google.protobuf.Timestamp.$Properties|null);

                /** SecretSummary updatedAt. */
                updatedAt?: (google.protobuf.Timestamp.$Properties|null);

                /** SecretSummary valueFingerprint. */
                valueFingerprint: string;

                /**
                 * Encodes the specified SecretSummary message. Does not implicitly {@link keywarden.secrets.v1.SecretSummary.verify|verify} messages.
                 * @param message SecretSummary message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.SecretSummary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SecretSummary message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.SecretSummary & keywarden.secrets.v1.SecretSummary.$Shape} SecretSummary
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.SecretSummary & keywarden.secrets.v1.SecretSummary.$Shape;

                /**
                 * Verifies a SecretSummary message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SecretSummary message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SecretSummary
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.SecretSummary;

                /**
                 * Creates a plain object from a SecretSummary message. Also converts values to other types if specified.
                 * @param message SecretSummary
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.SecretSummary, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SecretSummary to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SecretSummary {

                /** Properties of a SecretSummary. */
                interface $Properties {

                    /** SecretSummary secretId */
                    secretId?: (string|null);

                    /** SecretSummary groupId */
                    groupId?: (string|null);

                    /** SecretSummary name */
                    name?: (string|null);

                    /** SecretSummary description */
                    description?: (string|null);

                    /** SecretSummary version */
                    version?: (number|null);

                    /** SecretSummary preview */
                    preview?: (string|null);

                    /** SecretSummary source */
                    source?: (string|null);

                    /** SecretSummary providerId */
                    providerId?: (string|null);

                    /** SecretSummary providerReference */
                    providerReference?: (string|null);

                    /** SecretSummary lastSyncedAt */
                    lastSyncedAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** SecretSummary updatedAt */
                    updatedAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** SecretSummary valueFingerprint */
                    valueFingerprint?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SecretSummary. */
                type $Shape = keywarden.secrets.v1.SecretSummary.$Properties;
            }

            /**
             * Properties of a ListSecretsRequest.
             * @deprecated Use keywarden.secrets.v1.ListSecretsRequest.$Properties instead.
             */
            interface IListSecretsRequest extends keywarden.secrets.v1.ListSecretsRequest.$Properties {
            }

            /** Represents a ListSecretsRequest. */
            class ListSecretsRequest {

                /**
                 * Constructs a new ListSecretsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.ListSecretsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListSecretsRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** ListSecretsRequest groupId. */
                groupId: string;

                /**
                 * Encodes the specified ListSecretsRequest message. Does not implicitly {@link keywarden.secrets.v1.ListSecretsRequest.verify|verify} messages.
                 * @param message ListSecretsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.ListSecretsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListSecretsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.ListSecretsRequest & keywarden.secrets.v1.ListSecretsRequest.$Shape} ListSecretsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.ListSecretsRequest & keywarden.secrets.v1.ListSecretsRequest.$Shape;

                /**
                 * Verifies a ListSecretsRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListSecretsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListSecretsRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.ListSecretsRequest;

                /**
                 * Creates a plain object from a ListSecretsRequest message. Also converts values to other types if specified.
                 * @param message ListSecretsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.ListSecretsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListSecretsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ListSecretsRequest {

                /** Properties of a ListSecretsRequest. */
                interface $Properties {

                    /** ListSecretsRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** ListSecretsRequest groupId */
                    groupId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListSecretsRequest. */
                type $Shape = keywarden.secrets.v1.ListSecretsRequest.$Properties;
            }

            /**
             * Properties of a ListSecretsResponse.
             * @deprecated Use keywarden.secrets.v1.ListSecretsResponse.$Properties instead.
             */
            interface IListSecretsResponse extends keywarden.secrets.v1.ListSecretsResponse.$Properties {
            }

            /** Represents a ListSecretsResponse. */
            class ListSecretsResponse {

                /**
                 * Constructs a new ListSecretsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.ListSecretsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListSecretsResponse secrets. */
                secrets: keywarden.secrets.v1.SecretSummary.$Properties[];

                /**
                 * Encodes the specified ListSecretsResponse message. Does not implicitly {@link keywarden.secrets.v1.ListSecretsResponse.verify|verify} messages.
                 * @param message ListSecretsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.ListSecretsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListSecretsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.ListSecretsResponse & keywarden.secrets.v1.ListSecretsResponse.$Shape} ListSecretsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.ListSecretsResponse & keywarden.secrets.v1.ListSecretsResponse.$Shape;

                /**
                 * Verifies a ListSecretsResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListSecretsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListSecretsResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.ListSecretsResponse;

                /**
                 * Creates a plain object from a ListSecretsResponse message. Also converts values to other types if specified.
                 * @param message ListSecretsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.ListSecretsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListSecretsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ListSecretsResponse {

                /** Properties of a ListSecretsResponse. */
                interface $Properties {

                    /** ListSecretsResponse secrets */
                    secrets?: (keywarden.secrets.v1.SecretSummary.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListSecretsResponse. */
                type $Shape = keywarden.secrets.v1.ListSecretsResponse.$Properties;
            }

            /**
             * Properties of a GetSecretHistoryRequest.
             * @deprecated Use keywarden.secrets.v1.GetSecretHistoryRequest.$Properties instead.
             */
            interface IGetSecretHistoryRequest extends keywarden.secrets.v1.GetSecretHistoryRequest.$Properties {
            }

            /** Represents a GetSecretHistoryRequest. */
            class GetSecretHistoryRequest {

                /**
                 * Constructs a new GetSecretHistoryRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.GetSecretHistoryRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetSecretHistoryRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** GetSecretHistoryRequest secretId. */
                secretId: string;

                /**
                 * Encodes the specified GetSecretHistoryRequest message. Does not implicitly {@link keywarden.secrets.v1.GetSecretHistoryRequest.verify|verify} messages.
                 * @param message GetSecretHistoryRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.GetSecretHistoryRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetSecretHistoryRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.GetSecretHistoryRequest & keywarden.secrets.v1.GetSecretHistoryRequest.$Shape} GetSecretHistoryRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.GetSecretHistoryRequest & keywarden.secrets.v1.GetSecretHistoryRequest.$Shape;

                /**
                 * Verifies a GetSecretHistoryRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetSecretHistoryRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetSecretHistoryRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.GetSecretHistoryRequest;

                /**
                 * Creates a plain object from a GetSecretHistoryRequest message. Also converts values to other types if specified.
                 * @param message GetSecretHistoryRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.GetSecretHistoryRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetSecretHistoryRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace GetSecretHistoryRequest {

                /** Properties of a GetSecretHistoryRequest. */
                interface $Properties {

                    /** GetSecretHistoryRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** GetSecretHistoryRequest secretId */
                    secretId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetSecretHistoryRequest. */
                type $Shape = keywarden.secrets.v1.GetSecretHistoryRequest.$Properties;
            }

            /**
             * Properties of a SecretVersionSummary.
             * @deprecated Use keywarden.secrets.v1.SecretVersionSummary.$Properties instead.
             */
            interface ISecretVersionSummary extends keywarden.secrets.v1.SecretVersionSummary.$Properties {
            }

            /** Represents a SecretVersionSummary. */
            class SecretVersionSummary {

                /**
                 * Constructs a new SecretVersionSummary.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.SecretVersionSummary.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SecretVersionSummary version. */
                version: number;

                /** SecretVersionSummary valueFingerprint. */
                valueFingerprint: string;

                /** SecretVersionSummary source. */
                source: string;

                /** SecretVersionSummary actorUserId. */
                actorUserId: string;

                /** SecretVersionSummary createdAt. */
                createdAt?: (google.protobuf.Timestamp.$Properties|null);

                /** SecretVersionSummary restoredVersion. */
                restoredVersion: number;

                /**
                 * Encodes the specified SecretVersionSummary message. Does not implicitly {@link keywarden.secrets.v1.SecretVersionSummary.verify|verify} messages.
                 * @param message SecretVersionSummary message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.SecretVersionSummary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SecretVersionSummary message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.SecretVersionSummary & keywarden.secrets.v1.SecretVersionSummary.$Shape} SecretVersionSummary
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.SecretVersionSummary & keywarden.secrets.v1.SecretVersionSummary.$Shape;

                /**
                 * Verifies a SecretVersionSummary message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SecretVersionSummary message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SecretVersionSummary
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.SecretVersionSummary;

                /**
                 * Creates a plain object from a SecretVersionSummary message. Also converts values to other types if specified.
                 * @param message SecretVersionSummary
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.SecretVersionSummary, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SecretVersionSummary to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SecretVersionSummary {

                /** Properties of a SecretVersionSummary. */
                interface $Properties {

                    /** SecretVersionSummary version */
                    version?: (number|null);

                    /** SecretVersionSummary valueFingerprint */
                    valueFingerprint?: (string|null);

                    /** SecretVersionSummary source */
                    source?: (string|null);

                    /** SecretVersionSummary actorUserId */
                    actorUserId?: (string|null);

                    /** SecretVersionSummary createdAt */
                    createdAt?: (google.protobuf.Timestamp.$Properties|null);

                    /** SecretVersionSummary restoredVersion */
                    restoredVersion?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SecretVersionSummary. */
                type $Shape = keywarden.secrets.v1.SecretVersionSummary.$Properties;
            }

            /**
             * Properties of a GetSecretHistoryResponse.
             * @deprecated Use keywarden.secrets.v1.GetSecretHistoryResponse.$Properties instead.
             */
            interface IGetSecretHistoryResponse extends keywarden.secrets.v1.GetSecretHistoryResponse.$Properties {
            }

            /** Represents a GetSecretHistoryResponse. */
            class GetSecretHistoryResponse {

                /**
                 * Constructs a new GetSecretHistoryResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.GetSecretHistoryResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetSecretHistoryResponse versions. */
                versions: keywarden.secrets.v1.SecretVersionSummary.$Properties[];

                /**
                 * Encodes the specified GetSecretHistoryResponse message. Does not implicitly {@link keywarden.secrets.v1.GetSecretHistoryResponse.verify|verify} messages.
                 * @param message GetSecretHistoryResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.GetSecretHistoryResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetSecretHistoryResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.GetSecretHistoryResponse & keywarden.secrets.v1.GetSecretHistoryResponse.$Shape} GetSecretHistoryResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.GetSecretHistoryResponse & keywarden.secrets.v1.GetSecretHistoryResponse.$Shape;

                /**
                 * Verifies a GetSecretHistoryResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetSecretHistoryResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetSecretHistoryResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.GetSecretHistoryResponse;

                /**
                 * Creates a plain object from a GetSecretHistoryResponse message. Also converts values to other types if specified.
                 * @param message GetSecretHistoryResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.GetSecretHistoryResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetSecretHistoryResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace GetSecretHistoryResponse {

                /** Properties of a GetSecretHistoryResponse. */
                interface $Properties {

                    /** GetSecretHistoryResponse versions */
                    versions?: (keywarden.secrets.v1.SecretVersionSummary.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetSecretHistoryResponse. */
                type $Shape = keywarden.secrets.v1.GetSecretHistoryResponse.$Properties;
            }

            /**
             * Properties of a RollbackSecretRequest.
             * @deprecated Use keywarden.secrets.v1.RollbackSecretRequest.$Properties instead.
             */
            interface IRollbackSecretRequest extends keywarden.secrets.v1.RollbackSecretRequest.$Properties {
            }

            /** Represents a RollbackSecretRequest. */
            class RollbackSecretRequest {

                /**
                 * Constructs a new RollbackSecretRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.RollbackSecretRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RollbackSecretRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** RollbackSecretRequest secretId. */
                secretId: string;

                /** RollbackSecretRequest toVersion. */
                toVersion: number;

                /**
                 * Encodes the specified RollbackSecretRequest message. Does not implicitly {@link keywarden.secrets.v1.RollbackSecretRequest.verify|verify} messages.
                 * @param message RollbackSecretRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.RollbackSecretRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RollbackSecretRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.RollbackSecretRequest & keywarden.secrets.v1.RollbackSecretRequest.$Shape} RollbackSecretRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.RollbackSecretRequest & keywarden.secrets.v1.RollbackSecretRequest.$Shape;

                /**
                 * Verifies a RollbackSecretRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RollbackSecretRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RollbackSecretRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.RollbackSecretRequest;

                /**
                 * Creates a plain object from a RollbackSecretRequest message. Also converts values to other types if specified.
                 * @param message RollbackSecretRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.RollbackSecretRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RollbackSecretRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace RollbackSecretRequest {

                /** Properties of a RollbackSecretRequest. */
                interface $Properties {

                    /** RollbackSecretRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** RollbackSecretRequest secretId */
                    secretId?: (string|null);

                    /** RollbackSecretRequest toVersion */
                    toVersion?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RollbackSecretRequest. */
                type $Shape = keywarden.secrets.v1.RollbackSecretRequest.$Properties;
            }

            /**
             * Properties of a RollbackSecretResponse.
             * @deprecated Use keywarden.secrets.v1.RollbackSecretResponse.$Properties instead.
             */
            interface IRollbackSecretResponse extends keywarden.secrets.v1.RollbackSecretResponse.$Properties {
            }

            /** Represents a RollbackSecretResponse. */
            class RollbackSecretResponse {

                /**
                 * Constructs a new RollbackSecretResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.RollbackSecretResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RollbackSecretResponse secret. */
                secret?: (keywarden.secrets.v1.SecretSummary.$Properties|null);

                /**
                 * Encodes the specified RollbackSecretResponse message. Does not implicitly {@link keywarden.secrets.v1.RollbackSecretResponse.verify|verify} messages.
                 * @param message RollbackSecretResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.RollbackSecretResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RollbackSecretResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.RollbackSecretResponse & keywarden.secrets.v1.RollbackSecretResponse.$Shape} RollbackSecretResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.RollbackSecretResponse & keywarden.secrets.v1.RollbackSecretResponse.$Shape;

                /**
                 * Verifies a RollbackSecretResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RollbackSecretResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RollbackSecretResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.RollbackSecretResponse;

                /**
                 * Creates a plain object from a RollbackSecretResponse message. Also converts values to other types if specified.
                 * @param message RollbackSecretResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.RollbackSecretResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RollbackSecretResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace RollbackSecretResponse {

                /** Properties of a RollbackSecretResponse. */
                interface $Properties {

                    /** RollbackSecretResponse secret */
                    secret?: (keywarden.secrets.v1.SecretSummary.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RollbackSecretResponse. */
                type $Shape = keywarden.secrets.v1.RollbackSecretResponse.$Properties;
            }

            /**
             * Properties of a RevealSecretRequest.
             * @deprecated Use keywarden.secrets.v1.RevealSecretRequest.$Properties instead.
             */
            interface IRevealSecretRequest extends keywarden.secrets.v1.RevealSecretRequest.$Properties {
            }

            /** Represents a RevealSecretRequest. */
            class RevealSecretRequest {

                /**
                 * Constructs a new RevealSecretRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.RevealSecretRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RevealSecretRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** RevealSecretRequest secretId. */
                secretId: string;

                /** RevealSecretRequest reason. */
                reason: string;

                /** RevealSecretRequest version. */
                version: number;

                /**
                 * Encodes the specified RevealSecretRequest message. Does not implicitly {@link keywarden.secrets.v1.RevealSecretRequest.verify|verify} messages.
                 * @param message RevealSecretRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.RevealSecretRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RevealSecretRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.RevealSecretRequest & keywarden.secrets.v1.RevealSecretRequest.$Shape} RevealSecretRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.RevealSecretRequest & keywarden.secrets.v1.RevealSecretRequest.$Shape;

                /**
                 * Verifies a RevealSecretRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RevealSecretRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RevealSecretRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.RevealSecretRequest;

                /**
                 * Creates a plain object from a RevealSecretRequest message. Also converts values to other types if specified.
                 * @param message RevealSecretRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.RevealSecretRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RevealSecretRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace RevealSecretRequest {

                /** Properties of a RevealSecretRequest. */
                interface $Properties {

                    /** RevealSecretRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** RevealSecretRequest secretId */
                    secretId?: (string|null);

                    /** RevealSecretRequest reason */
                    reason?: (string|null);

                    /** RevealSecretRequest version */
                    version?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RevealSecretRequest. */
                type $Shape = keywarden.secrets.v1.RevealSecretRequest.$Properties;
            }

            /**
             * Properties of a RevealSecretResponse.
             * @deprecated Use keywarden.secrets.v1.RevealSecretResponse.$Properties instead.
             */
            interface IRevealSecretResponse extends keywarden.secrets.v1.RevealSecretResponse.$Properties {
            }

            /** Represents a RevealSecretResponse. */
            class RevealSecretResponse {

                /**
                 * Constructs a new RevealSecretResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.RevealSecretResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RevealSecretResponse value. */
                value: string;

                /** RevealSecretResponse version. */
                version: number;

                /**
                 * Encodes the specified RevealSecretResponse message. Does not implicitly {@link keywarden.secrets.v1.RevealSecretResponse.verify|verify} messages.
                 * @param message RevealSecretResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.RevealSecretResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RevealSecretResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.RevealSecretResponse & keywarden.secrets.v1.RevealSecretResponse.$Shape} RevealSecretResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.RevealSecretResponse & keywarden.secrets.v1.RevealSecretResponse.$Shape;

                /**
                 * Verifies a RevealSecretResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RevealSecretResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RevealSecretResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.RevealSecretResponse;

                /**
                 * Creates a plain object from a RevealSecretResponse message. Also converts values to other types if specified.
                 * @param message RevealSecretResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.RevealSecretResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RevealSecretResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace RevealSecretResponse {

                /** Properties of a RevealSecretResponse. */
                interface $Properties {

                    /** RevealSecretResponse value */
                    value?: (string|null);

                    /** RevealSecretResponse version */
                    version?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RevealSecretResponse. */
                type $Shape = keywarden.secrets.v1.RevealSecretResponse.$Properties;
            }

            /**
             * Properties of a DeleteSecretRequest.
             * @deprecated Use keywarden.secrets.v1.DeleteSecretRequest.$Properties instead.
             */
            interface IDeleteSecretRequest extends keywarden.secrets.v1.DeleteSecretRequest.$Properties {
            }

            /** Represents a DeleteSecretRequest. */
            class DeleteSecretRequest {

                /**
                 * Constructs a new DeleteSecretRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.DeleteSecretRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DeleteSecretRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** DeleteSecretRequest secretId. */
                secretId: string;

                /**
                 * Encodes the specified DeleteSecretRequest message. Does not implicitly {@link keywarden.secrets.v1.DeleteSecretRequest.verify|verify} messages.
                 * @param message DeleteSecretRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.DeleteSecretRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeleteSecretRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.DeleteSecretRequest & keywarden.secrets.v1.DeleteSecretRequest.$Shape} DeleteSecretRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.DeleteSecretRequest & keywarden.secrets.v1.DeleteSecretRequest.$Shape;

                /**
                 * Verifies a DeleteSecretRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DeleteSecretRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DeleteSecretRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.DeleteSecretRequest;

                /**
                 * Creates a plain object from a DeleteSecretRequest message. Also converts values to other types if specified.
                 * @param message DeleteSecretRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.DeleteSecretRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeleteSecretRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DeleteSecretRequest {

                /** Properties of a DeleteSecretRequest. */
                interface $Properties {

                    /** DeleteSecretRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** DeleteSecretRequest secretId */
                    secretId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DeleteSecretRequest. */
                type $Shape = keywarden.secrets.v1.DeleteSecretRequest.$Properties;
            }

            /**
             * Properties of a DeleteSecretResponse.
             * @deprecated Use keywarden.secrets.v1.DeleteSecretResponse.$Properties instead.
             */
            interface IDeleteSecretResponse extends keywarden.secrets.v1.DeleteSecretResponse.$Properties {
            }

            /** Represents a DeleteSecretResponse. */
            class DeleteSecretResponse {

                /**
                 * Constructs a new DeleteSecretResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.DeleteSecretResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Encodes the specified DeleteSecretResponse message. Does not implicitly {@link keywarden.secrets.v1.DeleteSecretResponse.verify|verify} messages.
                 * @param message DeleteSecretResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.DeleteSecretResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeleteSecretResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.DeleteSecretResponse & keywarden.secrets.v1.DeleteSecretResponse.$Shape} DeleteSecretResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.DeleteSecretResponse & keywarden.secrets.v1.DeleteSecretResponse.$Shape;

                /**
                 * Verifies a DeleteSecretResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DeleteSecretResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DeleteSecretResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.DeleteSecretResponse;

                /**
                 * Creates a plain object from a DeleteSecretResponse message. Also converts values to other types if specified.
                 * @param message DeleteSecretResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.DeleteSecretResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeleteSecretResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DeleteSecretResponse {

                /** Properties of a DeleteSecretResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DeleteSecretResponse. */
                type $Shape = keywarden.secrets.v1.DeleteSecretResponse.$Properties;
            }

            /**
             * Properties of an ImportSecretsRequest.
             * @deprecated Use keywarden.secrets.v1.ImportSecretsRequest.$Properties instead.
             */
            interface IImportSecretsRequest extends keywarden.secrets.v1.ImportSecretsRequest.$Properties {
            }

            /** Represents an ImportSecretsRequest. */
            class ImportSecretsRequest {

                /**
                 * Constructs a new ImportSecretsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.ImportSecretsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ImportSecretsRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** ImportSecretsRequest groupId. */
                groupId: string;

                /** ImportSecretsRequest format. */
                format: string;

                /** ImportSecretsRequest content. */
                content: string;

                /** ImportSecretsRequest overwrite. */
                overwrite: boolean;

                /**
                 * Encodes the specified ImportSecretsRequest message. Does not implicitly {@link keywarden.secrets.v1.ImportSecretsRequest.verify|verify} messages.
                 * @param message ImportSecretsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.ImportSecretsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ImportSecretsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.ImportSecretsRequest & keywarden.secrets.v1.ImportSecretsRequest.$Shape} ImportSecretsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.ImportSecretsRequest & keywarden.secrets.v1.ImportSecretsRequest.$Shape;

                /**
                 * Verifies an ImportSecretsRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an ImportSecretsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ImportSecretsRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.ImportSecretsRequest;

                /**
                 * Creates a plain object from an ImportSecretsRequest message. Also converts values to other types if specified.
                 * @param message ImportSecretsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.ImportSecretsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ImportSecretsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ImportSecretsRequest {

                /** Properties of an ImportSecretsRequest. */
                interface $Properties {

                    /** ImportSecretsRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** ImportSecretsRequest groupId */
                    groupId?: (string|null);

                    /** ImportSecretsRequest format */
                    format?: (string|null);

                    /** ImportSecretsRequest content */
                    content?: (string|null);

                    /** ImportSecretsRequest overwrite */
                    overwrite?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ImportSecretsRequest. */
                type $Shape = keywarden.secrets.v1.ImportSecretsRequest.$Properties;
            }

            /**
             * Properties of an ImportSecretsResponse.
             * @deprecated Use keywarden.secrets.v1.ImportSecretsResponse.$Properties instead.
             */
            interface IImportSecretsResponse extends keywarden.secrets.v1.ImportSecretsResponse.$Properties {
            }

            /** Represents an ImportSecretsResponse. */
            class ImportSecretsResponse {

                /**
                 * Constructs a new ImportSecretsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.ImportSecretsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ImportSecretsResponse created. */
                created: string[];

                /** ImportSecretsResponse updated. */
                updated: string[];

                /** ImportSecretsResponse unchanged. */
                unchanged: string[];

                /** ImportSecretsResponse skipped. */
                skipped: string[];

                /**
                 * Encodes the specified ImportSecretsResponse message. Does not implicitly {@link keywarden.secrets.v1.ImportSecretsResponse.verify|verify} messages.
                 * @param message ImportSecretsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.ImportSecretsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ImportSecretsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.ImportSecretsResponse & keywarden.secrets.v1.ImportSecretsResponse.$Shape} ImportSecretsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.ImportSecretsResponse & keywarden.secrets.v1.ImportSecretsResponse.$Shape;

                /**
                 * Verifies an ImportSecretsResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an ImportSecretsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ImportSecretsResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.ImportSecretsResponse;

                /**
                 * Creates a plain object from an ImportSecretsResponse message. Also converts values to other types if specified.
                 * @param message ImportSecretsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.ImportSecretsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ImportSecretsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ImportSecretsResponse {

                /** Properties of an ImportSecretsResponse. */
                interface $Properties {

                    /** ImportSecretsResponse created */
                    created?: (string[]|null);

                    /** ImportSecretsResponse updated */
                    updated?: (string[]|null);

                    /** ImportSecretsResponse unchanged */
                    unchanged?: (string[]|null);

                    /** ImportSecretsResponse skipped */
                    skipped?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ImportSecretsResponse. */
                type $Shape = keywarden.secrets.v1.ImportSecretsResponse.$Properties;
            }

            /**
             * Properties of an ExportGroupRequest.
             * @deprecated Use keywarden.secrets.v1.ExportGroupRequest.$Properties instead.
             */
            interface IExportGroupRequest extends keywarden.secrets.v1.ExportGroupRequest.$Properties {
            }

            /** Represents an ExportGroupRequest. */
            class ExportGroupRequest {

                /**
                 * Constructs a new ExportGroupRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.ExportGroupRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ExportGroupRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** ExportGroupRequest groupId. */
                groupId: string;

                /** ExportGroupRequest reason. */
                reason: string;

                /**
                 * Encodes the specified ExportGroupRequest message. Does not implicitly {@link keywarden.secrets.v1.ExportGroupRequest.verify|verify} messages.
                 * @param message ExportGroupRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.ExportGroupRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ExportGroupRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.ExportGroupRequest & keywarden.secrets.v1.ExportGroupRequest.$Shape} ExportGroupRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.ExportGroupRequest & keywarden.secrets.v1.ExportGroupRequest.$Shape;

                /**
                 * Verifies an ExportGroupRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an ExportGroupRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ExportGroupRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.ExportGroupRequest;

                /**
                 * Creates a plain object from an ExportGroupRequest message. Also converts values to other types if specified.
                 * @param message ExportGroupRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.ExportGroupRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ExportGroupRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ExportGroupRequest {

                /** Properties of an ExportGroupRequest. */
                interface $Properties {

                    /** ExportGroupRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** ExportGroupRequest groupId */
                    groupId?: (string|null);

                    /** ExportGroupRequest reason */
                    reason?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ExportGroupRequest. */
                type $Shape = keywarden.secrets.v1.ExportGroupRequest.$Properties;
            }

            /**
             * Properties of an ExportGroupResponse.
             * @deprecated Use keywarden.secrets.v1.ExportGroupResponse.$Properties instead.
             */
            interface IExportGroupResponse extends keywarden.secrets.v1.ExportGroupResponse.$Properties {
            }

            /** Represents an ExportGroupResponse. */
            class ExportGroupResponse {

                /**
                 * Constructs a new ExportGroupResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.ExportGroupResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ExportGroupResponse content. */
                content: string;

                /** ExportGroupResponse count. */
                count: number;

                /**
                 * Encodes the specified ExportGroupResponse message. Does not implicitly {@link keywarden.secrets.v1.ExportGroupResponse.verify|verify} messages.
                 * @param message ExportGroupResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.ExportGroupResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ExportGroupResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.ExportGroupResponse & keywarden.secrets.v1.ExportGroupResponse.$Shape} ExportGroupResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.ExportGroupResponse & keywarden.secrets.v1.ExportGroupResponse.$Shape;

                /**
                 * Verifies an ExportGroupResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an ExportGroupResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ExportGroupResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.ExportGroupResponse;

                /**
                 * Creates a plain object from an ExportGroupResponse message. Also converts values to other types if specified.
                 * @param message ExportGroupResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.ExportGroupResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ExportGroupResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ExportGroupResponse {

                /** Properties of an ExportGroupResponse. */
                interface $Properties {

                    /** ExportGroupResponse content */
                    content?: (string|null);

                    /** ExportGroupResponse count */
                    count?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ExportGroupResponse. */
                type $Shape = keywarden.secrets.v1.ExportGroupResponse.$Properties;
            }

            /**
             * Properties of a SetEnvVarRequest.
             * @deprecated Use keywarden.secrets.v1.SetEnvVarRequest.$Properties instead.
             */
            interface ISetEnvVarRequest extends keywarden.secrets.v1.SetEnvVarRequest.$Properties {
            }

            /** Represents a SetEnvVarRequest. */
            class SetEnvVarRequest {

                /**
                 * Constructs a new SetEnvVarRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.SetEnvVarRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SetEnvVarRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** SetEnvVarRequest scope. */
                scope: string;

                /** SetEnvVarRequest projectId. */
                projectId: string;

                /** SetEnvVarRequest key. */
                key: string;

                /** SetEnvVarRequest value. */
                value: string;

                /** SetEnvVarRequest description. */
                description: string;

                /**
                 * Encodes the specified SetEnvVarRequest message. Does not implicitly {@link keywarden.secrets.v1.SetEnvVarRequest.verify|verify} messages.
                 * @param message SetEnvVarRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.SetEnvVarRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SetEnvVarRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.SetEnvVarRequest & keywarden.secrets.v1.SetEnvVarRequest.$Shape} SetEnvVarRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.SetEnvVarRequest & keywarden.secrets.v1.SetEnvVarRequest.$Shape;

                /**
                 * Verifies a SetEnvVarRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SetEnvVarRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SetEnvVarRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.SetEnvVarRequest;

                /**
                 * Creates a plain object from a SetEnvVarRequest message. Also converts values to other types if specified.
                 * @param message SetEnvVarRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.SetEnvVarRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SetEnvVarRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SetEnvVarRequest {

                /** Properties of a SetEnvVarRequest. */
                interface $Properties {

                    /** SetEnvVarRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** SetEnvVarRequest scope */
                    scope?: (string|null);

                    /** SetEnvVarRequest projectId */
                    projectId?: (string|null);

                    /** SetEnvVarRequest key */
                    key?: (string|null);

                    /** SetEnvVarRequest value */
                    value?: (string|null);

                    /** SetEnvVarRequest description */
                    description?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SetEnvVarRequest. */
                type $Shape = keywarden.secrets.v1.SetEnvVarRequest.$Properties;
            }

            /**
             * Properties of a SetEnvVarResponse.
             * @deprecated Use keywarden.secrets.v1.SetEnvVarResponse.$Properties instead.
             */
            interface ISetEnvVarResponse extends keywarden.secrets.v1.SetEnvVarResponse.$Properties {
            }

            /** Represents a SetEnvVarResponse. */
            class SetEnvVarResponse {

                /**
                 * Constructs a new SetEnvVarResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.SetEnvVarResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SetEnvVarResponse envVar. */
                envVar?: (keywarden.secrets.v1.EnvVarSummary.$Properties|null);

                /**
                 * Encodes the specified SetEnvVarResponse message. Does not implicitly {@link keywarden.secrets.v1.SetEnvVarResponse.verify|verify} messages.
                 * @param message SetEnvVarResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.SetEnvVarResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SetEnvVarResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.SetEnvVarResponse & keywarden.secrets.v1.SetEnvVarResponse.$Shape} SetEnvVarResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.SetEnvVarResponse & keywarden.secrets.v1.SetEnvVarResponse.$Shape;

                /**
                 * Verifies a SetEnvVarResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SetEnvVarResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SetEnvVarResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.SetEnvVarResponse;

                /**
                 * Creates a plain object from a SetEnvVarResponse message. Also converts values to other types if specified.
                 * @param message SetEnvVarResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.SetEnvVarResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SetEnvVarResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SetEnvVarResponse {

                /** Properties of a SetEnvVarResponse. */
                interface $Properties {

                    /** SetEnvVarResponse envVar */
                    envVar?: (keywarden.secrets.v1.EnvVarSummary.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SetEnvVarResponse. */
                type $Shape = keywarden.secrets.v1.SetEnvVarResponse.$Properties;
            }

            /**
             * Properties of an EnvVarSummary.
             * @deprecated Use keywarden.secrets.v1.EnvVarSummary.$Properties instead.
             */
            interface IEnvVarSummary extends keywarden.secrets.v1.EnvVarSummary.$Properties {
            }

            /** Represents an EnvVarSummary. */
            class EnvVarSummary {

                /**
                 * Constructs a new EnvVarSummary.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.EnvVarSummary.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EnvVarSummary envVarId. */
                envVarId: string;

                /** EnvVarSummary scope. */
                scope: string;

                /** EnvVarSummary projectId. */
                projectId: string;

                /** EnvVarSummary key. */
                key: string;

                /** EnvVarSummary kind. */
                kind: string;

                /** EnvVarSummary reference. */
                reference: string;

                /** EnvVarSummary preview. */
                preview: string;

                /** EnvVarSummary description. */
                description: string;

                /**
                 * Encodes the specified EnvVarSummary message. Does not implicitly {@link keywarden.secrets.v1.EnvVarSummary.verify|verify} messages.
                 * @param message EnvVarSummary message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.EnvVarSummary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EnvVarSummary message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.EnvVarSummary & keywarden.secrets.v1.EnvVarSummary.$Shape} EnvVarSummary
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.EnvVarSummary & keywarden.secrets.v1.EnvVarSummary.$Shape;

                /**
                 * Verifies an EnvVarSummary message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EnvVarSummary message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EnvVarSummary
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.EnvVarSummary;

                /**
                 * Creates a plain object from an EnvVarSummary message. Also converts values to other types if specified.
                 * @param message EnvVarSummary
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.EnvVarSummary, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EnvVarSummary to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace EnvVarSummary {

                /** Properties of an EnvVarSummary. */
                interface $Properties {

                    /** EnvVarSummary envVarId */
                    envVarId?: (string|null);

                    /** EnvVarSummary scope */
                    scope?: (string|null);

                    /** EnvVarSummary projectId */
                    projectId?: (string|null);

                    /** EnvVarSummary key */
                    key?: (string|null);

                    /** EnvVarSummary kind */
                    kind?: (string|null);

                    /** EnvVarSummary reference */
                    reference?: (string|null);

                    /** EnvVarSummary preview */
                    preview?: (string|null);

                    /** EnvVarSummary description */
                    description?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EnvVarSummary. */
                type $Shape = keywarden.secrets.v1.EnvVarSummary.$Properties;
            }

            /**
             * Properties of a DeleteEnvVarRequest.
             * @deprecated Use keywarden.secrets.v1.DeleteEnvVarRequest.$Properties instead.
             */
            interface IDeleteEnvVarRequest extends keywarden.secrets.v1.DeleteEnvVarRequest.$Properties {
            }

            /** Represents a DeleteEnvVarRequest. */
            class DeleteEnvVarRequest {

                /**
                 * Constructs a new DeleteEnvVarRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.DeleteEnvVarRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DeleteEnvVarRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** DeleteEnvVarRequest scope. */
                scope: string;

                /** DeleteEnvVarRequest projectId. */
                projectId: string;

                /** DeleteEnvVarRequest key. */
                key: string;

                /**
                 * Encodes the specified DeleteEnvVarRequest message. Does not implicitly {@link keywarden.secrets.v1.DeleteEnvVarRequest.verify|verify} messages.
                 * @param message DeleteEnvVarRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.DeleteEnvVarRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeleteEnvVarRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.DeleteEnvVarRequest & keywarden.secrets.v1.DeleteEnvVarRequest.$Shape} DeleteEnvVarRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.DeleteEnvVarRequest & keywarden.secrets.v1.DeleteEnvVarRequest.$Shape;

                /**
                 * Verifies a DeleteEnvVarRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DeleteEnvVarRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DeleteEnvVarRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.DeleteEnvVarRequest;

                /**
                 * Creates a plain object from a DeleteEnvVarRequest message. Also converts values to other types if specified.
                 * @param message DeleteEnvVarRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.DeleteEnvVarRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeleteEnvVarRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DeleteEnvVarRequest {

                /** Properties of a DeleteEnvVarRequest. */
                interface $Properties {

                    /** DeleteEnvVarRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** DeleteEnvVarRequest scope */
                    scope?: (string|null);

                    /** DeleteEnvVarRequest projectId */
                    projectId?: (string|null);

                    /** DeleteEnvVarRequest key */
                    key?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DeleteEnvVarRequest. */
                type $Shape = keywarden.secrets.v1.DeleteEnvVarRequest.$Properties;
            }

            /**
             * Properties of a DeleteEnvVarResponse.
             * @deprecated Use keywarden.secrets.v1.DeleteEnvVarResponse.$Properties instead.
             */
            interface IDeleteEnvVarResponse extends keywarden.secrets.v1.DeleteEnvVarResponse.$Properties {
            }

            /** Represents a DeleteEnvVarResponse. */
            class DeleteEnvVarResponse {

                /**
                 * Constructs a new DeleteEnvVarResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.DeleteEnvVarResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Encodes the specified DeleteEnvVarResponse message. Does not implicitly {@link keywarden.secrets.v1.DeleteEnvVarResponse.verify|verify} messages.
                 * @param message DeleteEnvVarResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.DeleteEnvVarResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeleteEnvVarResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.DeleteEnvVarResponse & keywarden.secrets.v1.DeleteEnvVarResponse.$Shape} DeleteEnvVarResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.DeleteEnvVarResponse & keywarden.secrets.v1.DeleteEnvVarResponse.$Shape;

                /**
                 * Verifies a DeleteEnvVarResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DeleteEnvVarResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DeleteEnvVarResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.DeleteEnvVarResponse;

                /**
                 * Creates a plain object from a DeleteEnvVarResponse message. Also converts values to other types if specified.
                 * @param message DeleteEnvVarResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.DeleteEnvVarResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeleteEnvVarResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DeleteEnvVarResponse {

                /** Properties of a DeleteEnvVarResponse. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DeleteEnvVarResponse. */
                type $Shape = keywarden.secrets.v1.DeleteEnvVarResponse.$Properties;
            }

            /**
             * Properties of a ListEnvVarsRequest.
             * @deprecated Use keywarden.secrets.v1.ListEnvVarsRequest.$Properties instead.
             */
            interface IListEnvVarsRequest extends keywarden.secrets.v1.ListEnvVarsRequest.$Properties {
            }

            /** Represents a ListEnvVarsRequest. */
            class ListEnvVarsRequest {

                /**
                 * Constructs a new ListEnvVarsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.ListEnvVarsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListEnvVarsRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** ListEnvVarsRequest scope. */
                scope: string;

                /** ListEnvVarsRequest projectId. */
                projectId: string;

                /**
                 * Encodes the specified ListEnvVarsRequest message. Does not implicitly {@link keywarden.secrets.v1.ListEnvVarsRequest.verify|verify} messages.
                 * @param message ListEnvVarsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.ListEnvVarsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListEnvVarsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.ListEnvVarsRequest & keywarden.secrets.v1.ListEnvVarsRequest.$Shape} ListEnvVarsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.ListEnvVarsRequest & keywarden.secrets.v1.ListEnvVarsRequest.$Shape;

                /**
                 * Verifies a ListEnvVarsRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListEnvVarsRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListEnvVarsRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.ListEnvVarsRequest;

                /**
                 * Creates a plain object from a ListEnvVarsRequest message. Also converts values to other types if specified.
                 * @param message ListEnvVarsRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.ListEnvVarsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListEnvVarsRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ListEnvVarsRequest {

                /** Properties of a ListEnvVarsRequest. */
                interface $Properties {

                    /** ListEnvVarsRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** ListEnvVarsRequest scope */
                    scope?: (string|null);

                    /** ListEnvVarsRequest projectId */
                    projectId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListEnvVarsRequest. */
                type $Shape = keywarden.secrets.v1.ListEnvVarsRequest.$Properties;
            }

            /**
             * Properties of a ListEnvVarsResponse.
             * @deprecated Use keywarden.secrets.v1.ListEnvVarsResponse.$Properties instead.
             */
            interface IListEnvVarsResponse extends keywarden.secrets.v1.ListEnvVarsResponse.$Properties {
            }

            /** Represents a ListEnvVarsResponse. */
            class ListEnvVarsResponse {

                /**
                 * Constructs a new ListEnvVarsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.ListEnvVarsResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListEnvVarsResponse envVars. */
                envVars: keywarden.secrets.v1.EnvVarSummary.$Properties[];

                /**
                 * Encodes the specified ListEnvVarsResponse message. Does not implicitly {@link keywarden.secrets.v1.ListEnvVarsResponse.verify|verify} messages.
                 * @param message ListEnvVarsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.ListEnvVarsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListEnvVarsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.ListEnvVarsResponse & keywarden.secrets.v1.ListEnvVarsResponse.$Shape} ListEnvVarsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.ListEnvVarsResponse & keywarden.secrets.v1.ListEnvVarsResponse.$Shape;

                /**
                 * Verifies a ListEnvVarsResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListEnvVarsResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListEnvVarsResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.ListEnvVarsResponse;

                /**
                 * Creates a plain object from a ListEnvVarsResponse message. Also converts values to other types if specified.
                 * @param message ListEnvVarsResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.ListEnvVarsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListEnvVarsResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ListEnvVarsResponse {

                /** Properties of a ListEnvVarsResponse. */
                interface $Properties {

                    /** ListEnvVarsResponse envVars */
                    envVars?: (keywarden.secrets.v1.EnvVarSummary.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListEnvVarsResponse. */
                type $Shape = keywarden.secrets.v1.ListEnvVarsResponse.$Properties;
            }

            /**
             * Properties of an ImportGroupToProjectRequest.
             * @deprecated Use keywarden.secrets.v1.ImportGroupToProjectRequest.$Properties instead.
             */
            interface IImportGroupToProjectRequest extends keywarden.secrets.v1.ImportGroupToProjectRequest.$Properties {
            }

            /** Represents an ImportGroupToProjectRequest. */
            class ImportGroupToProjectRequest {

                /**
                 * Constructs a new ImportGroupToProjectRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.ImportGroupToProjectRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ImportGroupToProjectRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** ImportGroupToProjectRequest groupId. */
                groupId: string;

                /** ImportGroupToProjectRequest projectId. */
                projectId: string;

                /**
                 * Encodes the specified ImportGroupToProjectRequest message. Does not implicitly {@link keywarden.secrets.v1.ImportGroupToProjectRequest.verify|verify} messages.
                 * @param message ImportGroupToProjectRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.ImportGroupToProjectRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ImportGroupToProjectRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.ImportGroupToProjectRequest & keywarden.secrets.v1.ImportGroupToProjectRequest.$Shape} ImportGroupToProjectRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.ImportGroupToProjectRequest & keywarden.secrets.v1.ImportGroupToProjectRequest.$Shape;

                /**
                 * Verifies an ImportGroupToProjectRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an ImportGroupToProjectRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ImportGroupToProjectRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.ImportGroupToProjectRequest;

                /**
                 * Creates a plain object from an ImportGroupToProjectRequest message. Also converts values to other types if specified.
                 * @param message ImportGroupToProjectRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.ImportGroupToProjectRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ImportGroupToProjectRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ImportGroupToProjectRequest {

                /** Properties of an ImportGroupToProjectRequest. */
                interface $Properties {

                    /** ImportGroupToProjectRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** ImportGroupToProjectRequest groupId */
                    groupId?: (string|null);

                    /** ImportGroupToProjectRequest projectId */
                    projectId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ImportGroupToProjectRequest. */
                type $Shape = keywarden.secrets.v1.ImportGroupToProjectRequest.$Properties;
            }

            /**
             * Properties of an ImportGroupToProjectResponse.
             * @deprecated Use keywarden.secrets.v1.ImportGroupToProjectResponse.$Properties instead.
             */
            interface IImportGroupToProjectResponse extends keywarden.secrets.v1.ImportGroupToProjectResponse.$Properties {
            }

            /** Represents an ImportGroupToProjectResponse. */
            class ImportGroupToProjectResponse {

                /**
                 * Constructs a new ImportGroupToProjectResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.ImportGroupToProjectResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ImportGroupToProjectResponse imported. */
                imported: string[];

                /** ImportGroupToProjectResponse skipped. */
                skipped: string[];

                /**
                 * Encodes the specified ImportGroupToProjectResponse message. Does not implicitly {@link keywarden.secrets.v1.ImportGroupToProjectResponse.verify|verify} messages.
                 * @param message ImportGroupToProjectResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.ImportGroupToProjectResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ImportGroupToProjectResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.ImportGroupToProjectResponse & keywarden.secrets.v1.ImportGroupToProjectResponse.$Shape} ImportGroupToProjectResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.ImportGroupToProjectResponse & keywarden.secrets.v1.ImportGroupToProjectResponse.$Shape;

                /**
                 * Verifies an ImportGroupToProjectResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an ImportGroupToProjectResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ImportGroupToProjectResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.ImportGroupToProjectResponse;

                /**
                 * Creates a plain object from an ImportGroupToProjectResponse message. Also converts values to other types if specified.
                 * @param message ImportGroupToProjectResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.ImportGroupToProjectResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ImportGroupToProjectResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ImportGroupToProjectResponse {

                /** Properties of an ImportGroupToProjectResponse. */
                interface $Properties {

                    /** ImportGroupToProjectResponse imported */
                    imported?: (string[]|null);

                    /** ImportGroupToProjectResponse skipped */
                    skipped?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ImportGroupToProjectResponse. */
                type $Shape = keywarden.secrets.v1.ImportGroupToProjectResponse.$Properties;
            }

            /**
             * Properties of a ConfigureProviderRequest.
             * @deprecated Use keywarden.secrets.v1.ConfigureProviderRequest.$Properties instead.
             */
            interface IConfigureProviderRequest extends keywarden.secrets.v1.ConfigureProviderRequest.$Properties {
            }

            /** Represents a ConfigureProviderRequest. */
            class ConfigureProviderRequest {

                /**
                 * Constructs a new ConfigureProviderRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.ConfigureProviderRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConfigureProviderRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** ConfigureProviderRequest providerId. */
                providerId: string;

                /** ConfigureProviderRequest name. */
                name: string;

                /** ConfigureProviderRequest providerType. */
                providerType: string;

                /** ConfigureProviderRequest groupId. */
                groupId: string;

                /** ConfigureProviderRequest settingsJson. */
                settingsJson: string;

                /** ConfigureProviderRequest enabled. */
                enabled: boolean;

                /** ConfigureProviderRequest autoSync. */
                autoSync: boolean;

                /** ConfigureProviderRequest schedule. */
                schedule: string;

                /** ConfigureProviderRequest deleteMissing. */
                deleteMissing: boolean;

                /**
                 * Encodes the specified ConfigureProviderRequest message. Does not implicitly {@link keywarden.secrets.v1.ConfigureProviderRequest.verify|verify} messages.
                 * @param message ConfigureProviderRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.ConfigureProviderRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConfigureProviderRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.ConfigureProviderRequest & keywarden.secrets.v1.ConfigureProviderRequest.$Shape} ConfigureProviderRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.ConfigureProviderRequest & keywarden.secrets.v1.ConfigureProviderRequest.$Shape;

                /**
                 * Verifies a ConfigureProviderRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ConfigureProviderRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ConfigureProviderRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.ConfigureProviderRequest;

                /**
                 * Creates a plain object from a ConfigureProviderRequest message. Also converts values to other types if specified.
                 * @param message ConfigureProviderRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.ConfigureProviderRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ConfigureProviderRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ConfigureProviderRequest {

                /** Properties of a ConfigureProviderRequest. */
                interface $Properties {

                    /** ConfigureProviderRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** ConfigureProviderRequest providerId */
                    providerId?: (string|null);

                    /** ConfigureProviderRequest name */
                    name?: (string|null);

                    /** ConfigureProviderRequest providerType */
                    providerType?: (string|null);

                    /** ConfigureProviderRequest groupId */
                    groupId?: (string|null);

                    /** ConfigureProviderRequest settingsJson */
                    settingsJson?: (string|null);

                    /** ConfigureProviderRequest enabled */
                    enabled?: (boolean|null);

                    /** ConfigureProviderRequest autoSync */
                    autoSync?: (boolean|null);

                    /** ConfigureProviderRequest schedule */
                    schedule?: (string|null);

                    /** ConfigureProviderRequest deleteMissing */
                    deleteMissing?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConfigureProviderRequest. */
                type $Shape = keywarden.secrets.v1.ConfigureProviderRequest.$Properties;
            }

            /**
             * Properties of a ConfigureProviderResponse.
             * @deprecated Use keywarden.secrets.v1.ConfigureProviderResponse.$Properties instead.
             */
            interface IConfigureProviderResponse extends keywarden.secrets.v1.ConfigureProviderResponse.$Properties {
            }

            /** Represents a ConfigureProviderResponse. */
            class ConfigureProviderResponse {

                /**
                 * Constructs a new ConfigureProviderResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.ConfigureProviderResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConfigureProviderResponse providerId. */
                providerId: string;

                /**
                 * Encodes the specified ConfigureProviderResponse message. Does not implicitly {@link keywarden.secrets.v1.ConfigureProviderResponse.verify|verify} messages.
                 * @param message ConfigureProviderResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.ConfigureProviderResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConfigureProviderResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.ConfigureProviderResponse & keywarden.secrets.v1.ConfigureProviderResponse.$Shape} ConfigureProviderResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.ConfigureProviderResponse & keywarden.secrets.v1.ConfigureProviderResponse.$Shape;

                /**
                 * Verifies a ConfigureProviderResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ConfigureProviderResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ConfigureProviderResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.ConfigureProviderResponse;

                /**
                 * Creates a plain object from a ConfigureProviderResponse message. Also converts values to other types if specified.
                 * @param message ConfigureProviderResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.ConfigureProviderResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ConfigureProviderResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ConfigureProviderResponse {

                /** Properties of a ConfigureProviderResponse. */
                interface $Properties {

                    /** ConfigureProviderResponse providerId */
                    providerId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConfigureProviderResponse. */
                type $Shape = keywarden.secrets.v1.ConfigureProviderResponse.$Properties;
            }

            /**
             * Properties of a SyncProviderRequest.
             * @deprecated Use keywarden.secrets.v1.SyncProviderRequest.$Properties instead.
             */
            interface ISyncProviderRequest extends keywarden.secrets.v1.SyncProviderRequest.$Properties {
            }

            /** Represents a SyncProviderRequest. */
            class SyncProviderRequest {

                /**
                 * Constructs a new SyncProviderRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.SyncProviderRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SyncProviderRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** SyncProviderRequest providerId. */
                providerId: string;

                /**
                 * Encodes the specified SyncProviderRequest message. Does not implicitly {@link keywarden.secrets.v1.SyncProviderRequest.verify|verify} messages.
                 * @param message SyncProviderRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.SyncProviderRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SyncProviderRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.SyncProviderRequest & keywarden.secrets.v1.SyncProviderRequest.$Shape} SyncProviderRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.SyncProviderRequest & keywarden.secrets.v1.SyncProviderRequest.$Shape;

                /**
                 * Verifies a SyncProviderRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SyncProviderRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SyncProviderRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.SyncProviderRequest;

                /**
                 * Creates a plain object from a SyncProviderRequest message. Also converts values to other types if specified.
                 * @param message SyncProviderRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.SyncProviderRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SyncProviderRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SyncProviderRequest {

                /** Properties of a SyncProviderRequest. */
                interface $Properties {

                    /** SyncProviderRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** SyncProviderRequest providerId */
                    providerId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SyncProviderRequest. */
                type $Shape = keywarden.secrets.v1.SyncProviderRequest.$Properties;
            }

            /**
             * Properties of a SyncProviderResponse.
             * @deprecated Use keywarden.secrets.v1.SyncProviderResponse.$Properties instead.
             */
            interface ISyncProviderResponse extends keywarden.secrets.v1.SyncProviderResponse.$Properties {
            }

            /** Represents a SyncProviderResponse. */
            class SyncProviderResponse {

                /**
                 * Constructs a new SyncProviderResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.SyncProviderResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SyncProviderResponse syncId. */
                syncId: string;

                /** SyncProviderResponse createdCount. */
                createdCount: number;

                /** SyncProviderResponse updatedCount. */
                updatedCount: number;

                /** SyncProviderResponse deletedCount. */
                deletedCount: number;

                /** SyncProviderResponse unchangedCount. */
                unchangedCount: number;

                /**
                 * Encodes the specified SyncProviderResponse message. Does not implicitly {@link keywarden.secrets.v1.SyncProviderResponse.verify|verify} messages.
                 * @param message SyncProviderResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.SyncProviderResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SyncProviderResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.SyncProviderResponse & keywarden.secrets.v1.SyncProviderResponse.$Shape} SyncProviderResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.SyncProviderResponse & keywarden.secrets.v1.SyncProviderResponse.$Shape;

                /**
                 * Verifies a SyncProviderResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SyncProviderResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SyncProviderResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.SyncProviderResponse;

                /**
                 * Creates a plain object from a SyncProviderResponse message. Also converts values to other types if specified.
                 * @param message SyncProviderResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.SyncProviderResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SyncProviderResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SyncProviderResponse {

                /** Properties of a SyncProviderResponse. */
                interface $Properties {

                    /** SyncProviderResponse syncId */
                    syncId?: (string|null);

                    /** SyncProviderResponse createdCount */
                    createdCount?: (number|null);

                    /** SyncProviderResponse updatedCount */
                    updatedCount?: (number|null);

                    /** SyncProviderResponse deletedCount */
                    deletedCount?: (number|null);

                    /** SyncProviderResponse unchangedCount */
                    unchangedCount?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SyncProviderResponse. */
                type $Shape = keywarden.secrets.v1.SyncProviderResponse.$Properties;
            }

            /**
             * Properties of a RotateMasterKeyRequest.
             * @deprecated Use keywarden.secrets.v1.RotateMasterKeyRequest.$Properties instead.
             */
            interface IRotateMasterKeyRequest extends keywarden.secrets.v1.RotateMasterKeyRequest.$Properties {
            }

            /** Represents a RotateMasterKeyRequest. */
            class RotateMasterKeyRequest {

                /**
                 * Constructs a new RotateMasterKeyRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.RotateMasterKeyRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RotateMasterKeyRequest actor. */
                actor?: (keywarden.common.v1.Actor.$Properties|null);

                /** RotateMasterKeyRequest batchSize. */
                batchSize: number;

                /**
                 * Encodes the specified RotateMasterKeyRequest message. Does not implicitly {@link keywarden.secrets.v1.RotateMasterKeyRequest.verify|verify} messages.
                 * @param message RotateMasterKeyRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.RotateMasterKeyRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RotateMasterKeyRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.RotateMasterKeyRequest & keywarden.secrets.v1.RotateMasterKeyRequest.$Shape} RotateMasterKeyRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.RotateMasterKeyRequest & keywarden.secrets.v1.RotateMasterKeyRequest.$Shape;

                /**
                 * Verifies a RotateMasterKeyRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RotateMasterKeyRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RotateMasterKeyRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.RotateMasterKeyRequest;

                /**
                 * Creates a plain object from a RotateMasterKeyRequest message. Also converts values to other types if specified.
                 * @param message RotateMasterKeyRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.RotateMasterKeyRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RotateMasterKeyRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace RotateMasterKeyRequest {

                /** Properties of a RotateMasterKeyRequest. */
                interface $Properties {

                    /** RotateMasterKeyRequest actor */
                    actor?: (keywarden.common.v1.Actor.$Properties|null);

                    /** RotateMasterKeyRequest batchSize */
                    batchSize?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RotateMasterKeyRequest. */
                type $Shape = keywarden.secrets.v1.RotateMasterKeyRequest.$Properties;
            }

            /**
             * Properties of a RotateMasterKeyResponse.
             * @deprecated Use keywarden.secrets.v1.RotateMasterKeyResponse.$Properties instead.
             */
            interface IRotateMasterKeyResponse extends keywarden.secrets.v1.RotateMasterKeyResponse.$Properties {
            }

            /** Represents a RotateMasterKeyResponse. */
            class RotateMasterKeyResponse {

                /**
                 * Constructs a new RotateMasterKeyResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.secrets.v1.RotateMasterKeyResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RotateMasterKeyResponse activeVersion. */
                activeVersion: number;

                /** RotateMasterKeyResponse rewrappedCount. */
                rewrappedCount: number;

                /** RotateMasterKeyResponse previousVersions. */
                previousVersions: number[];

                /**
                 * Encodes the specified RotateMasterKeyResponse message. Does not implicitly {@link keywarden.secrets.v1.RotateMasterKeyResponse.verify|verify} messages.
                 * @param message RotateMasterKeyResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.secrets.v1.RotateMasterKeyResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RotateMasterKeyResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.secrets.v1.RotateMasterKeyResponse & keywarden.secrets.v1.RotateMasterKeyResponse.$Shape} RotateMasterKeyResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.secrets.v1.RotateMasterKeyResponse & keywarden.secrets.v1.RotateMasterKeyResponse.$Shape;

                /**
                 * Verifies a RotateMasterKeyResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RotateMasterKeyResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RotateMasterKeyResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.secrets.v1.RotateMasterKeyResponse;

                /**
                 * Creates a plain object from a RotateMasterKeyResponse message. Also converts values to other types if specified.
                 * @param message RotateMasterKeyResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.secrets.v1.RotateMasterKeyResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RotateMasterKeyResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace RotateMasterKeyResponse {

                /** Properties of a RotateMasterKeyResponse. */
                interface $Properties {

                    /** RotateMasterKeyResponse activeVersion */
                    activeVersion?: (number|null);

                    /** RotateMasterKeyResponse rewrappedCount */
                    rewrappedCount?: (number|null);

                    /** RotateMasterKeyResponse previousVersions */
                    previousVersions?: (number[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RotateMasterKeyResponse. */
                type $Shape = keywarden.secrets.v1.RotateMasterKeyResponse.$Properties;
            }
        }
    }

    /** Namespace system. */
    namespace system {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a PingRequest.
             * @deprecated Use keywarden.system.v1.PingRequest.$Properties instead.
             */
            interface IPingRequest extends keywarden.system.v1.PingRequest.$Properties {
            }

            /** Represents a PingRequest. */
            class PingRequest {

                /**
                 * Constructs a new PingRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.system.v1.PingRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PingRequest message. */
                message: string;

                /**
                 * Encodes the specified PingRequest message. Does not implicitly {@link keywarden.system.v1.PingRequest.verify|verify} messages.
                 * @param message PingRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.system.v1.PingRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PingRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.system.v1.PingRequest & keywarden.system.v1.PingRequest.$Shape} PingRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.system.v1.PingRequest & keywarden.system.v1.PingRequest.$Shape;

                /**
                 * Verifies a PingRequest message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PingRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PingRequest
                 */
                static fromObject(object: { [k: string]: any }): keywarden.system.v1.PingRequest;

                /**
                 * Creates a plain object from a PingRequest message. Also converts values to other types if specified.
                 * @param message PingRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.system.v1.PingRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PingRequest to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace PingRequest {

                /** Properties of a PingRequest. */
                interface $Properties {

                    /** PingRequest message */
                    message?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PingRequest. */
                type $Shape = keywarden.system.v1.PingRequest.$Properties;
            }

            /**
             * Properties of a PingResponse.
             * @deprecated Use keywarden.system.v1.PingResponse.$Properties instead.
             */
            interface IPingResponse extends keywarden.system.v1.PingResponse.$Properties {
            }

            /** Represents a PingResponse. */
            class PingResponse {

                /**
                 * Constructs a new PingResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: keywarden.system.v1.PingResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PingResponse message. */
                message: string;

                /** PingResponse service. */
                service: string;

                /** PingResponse time. */
                time?: (google.protobuf.Timestamp.$Properties|null);

                /**
                 * Encodes the specified PingResponse message. Does not implicitly {@link keywarden.system.v1.PingResponse.verify|verify} messages.
                 * @param message PingResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: keywarden.system.v1.PingResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PingResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {keywarden.system.v1.PingResponse & keywarden.system.v1.PingResponse.$Shape} PingResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): keywarden.system.v1.PingResponse & keywarden.system.v1.PingResponse.$Shape;

                /**
                 * Verifies a PingResponse message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PingResponse message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PingResponse
                 */
                static fromObject(object: { [k: string]: any }): keywarden.system.v1.PingResponse;

                /**
                 * Creates a plain object from a PingResponse message. Also converts values to other types if specified.
                 * @param message PingResponse
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: keywarden.system.v1.PingResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PingResponse to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace PingResponse {

                /** Properties of a PingResponse. */
                interface $Properties {

                    /** PingResponse message */
                    message?: (string|null);

                    /** PingResponse service */
                    service?: (string|null);

                    /** PingResponse time */
                    time?: (google.protobuf.Timestamp.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PingResponse. */
                type $Shape = keywarden.system.v1.PingResponse.$Properties;
            }
        }
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace protobuf. */
    namespace protobuf {

        /**
         * Properties of a Timestamp.
         * @deprecated Use google.protobuf.Timestamp.$Properties instead.
         */
        interface ITimestamp extends google.protobuf.Timestamp.$Properties {
        }

        /** Represents a Timestamp. */
        class Timestamp {

            /**
             * Constructs a new Timestamp.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Timestamp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Timestamp seconds. */
            seconds: number;

            /** Timestamp nanos. */
            nanos: number;

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @param message Timestamp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Timestamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;

            /**
             * Verifies a Timestamp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Timestamp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Timestamp
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.Timestamp;

            /**
             * Creates a plain object from a Timestamp message. Also converts values to other types if specified.
             * @param message Timestamp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.Timestamp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Timestamp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Timestamp {

            /** Properties of a Timestamp. */
            interface $Properties {

                /** Timestamp seconds */
                seconds?: (number|null);

                /** Timestamp nanos */
                nanos?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Timestamp. */
            type $Shape = google.protobuf.Timestamp.$Properties;
        }
    }
}
