import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace keywarden. */
export namespace keywarden {

    /** Namespace identity. */
    namespace identity {

        /** Namespace v1. */
        namespace v1 {

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
