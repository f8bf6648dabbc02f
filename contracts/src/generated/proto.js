/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $String = $util.global.String, $Boolean = $util.global.Boolean, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["keywarden"] || ($protobuf.roots["keywarden"] = {});

export const keywarden = $root.keywarden = (() => {

    /**
     * Namespace keywarden.
     * @exports keywarden
     * @namespace
     */
    const keywarden = {};

    keywarden.identity = (function() {

        /**
         * Namespace identity.
         * @memberof keywarden
         * @namespace
         */
        const identity = {};

        identity.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof keywarden.identity
             * @namespace
             */
            const v1 = {};

            v1.IdentityProviderConfigured = (function() {

                /**
                 * Properties of an IdentityProviderConfigured.
                 * @typedef {Object} keywarden.identity.v1.IdentityProviderConfigured.$Properties
                 * @property {string|null} [identityProviderId] IdentityProviderConfigured identityProviderId
                 * @property {string|null} [name] IdentityProviderConfigured name
                 * @property {string|null} [issuer] IdentityProviderConfigured issuer
                 * @property {string|null} [clientId] IdentityProviderConfigured clientId
                 * @property {string|null} [clientSecretFingerprint] IdentityProviderConfigured clientSecretFingerprint
                 * @property {Array.<string>|null} [scopes] IdentityProviderConfigured scopes
                 * @property {Object.<string,string>|null} [claimMapping] IdentityProviderConfigured claimMapping
                 * @property {string|null} [identifierFilter] IdentityProviderConfigured identifierFilter
                 * @property {boolean|null} [enabled] IdentityProviderConfigured enabled
                 * @property {string|null} [actorUserId] IdentityProviderConfigured actorUserId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an IdentityProviderConfigured.
                 * @memberof keywarden.identity.v1
                 * @interface IIdentityProviderConfigured
                 * @augments keywarden.identity.v1.IdentityProviderConfigured.$Properties
                 * @deprecated Use keywarden.identity.v1.IdentityProviderConfigured.$Properties instead.
                 */

                /**
                 * Shape of an IdentityProviderConfigured.
                 * @typedef {keywarden.identity.v1.IdentityProviderConfigured.$Properties} keywarden.identity.v1.IdentityProviderConfigured.$Shape
                 */

                /**
                 * Constructs a new IdentityProviderConfigured.
                 * @memberof keywarden.identity.v1
                 * @classdesc Represents an IdentityProviderConfigured.
                 * @constructor
                 * @param {keywarden.identity.v1.IdentityProviderConfigured.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const IdentityProviderConfigured = function (properties) {
                    this.scopes = [];
                    this.claimMapping = {};
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * IdentityProviderConfigured identityProviderId.
                 * @member {string} identityProviderId
                 * @memberof keywarden.identity.v1.IdentityProviderConfigured
                 * @instance
                 */
                IdentityProviderConfigured.prototype.identityProviderId = "";

                /**
                 * IdentityProviderConfigured name.
                 * @member {string} name
                 * @memberof keywarden.identity.v1.IdentityProviderConfigured
                 * @instance
                 */
                IdentityProviderConfigured.prototype.name = "";

                /**
                 * IdentityProviderConfigured issuer.
                 * @member {string} issuer
                 * @memberof keywarden.identity.v1.IdentityProviderConfigured
                 * @instance
                 */
                IdentityProviderConfigured.prototype.issuer = "";

                /**
                 * IdentityProviderConfigured clientId.
                 * @member {string} clientId
                 * @memberof keywarden.identity.v1.IdentityProviderConfigured
                 * @instance
                 */
                IdentityProviderConfigured.prototype.clientId = "";

                /**
                 * IdentityProviderConfigured clientSecretFingerprint.
                 * @member {string} clientSecretFingerprint
                 * @memberof keywarden.identity.v1.IdentityProviderConfigured
                 * @instance
                 */
                IdentityProviderConfigured.prototype.clientSecretFingerprint = "";

                /**
                 * IdentityProviderConfigured scopes.
                 * @member {Array.<string>} scopes
                 * @memberof keywarden.identity.v1.IdentityProviderConfigured
                 * @instance
                 */
                IdentityProviderConfigured.prototype.scopes = $util.emptyArray;

                /**
                 * IdentityProviderConfigured claimMapping.
                 * @member {Object.<string,string>} claimMapping
                 * @memberof keywarden.identity.v1.IdentityProviderConfigured
                 * @instance
                 */
                IdentityProviderConfigured.prototype.claimMapping = $util.emptyObject;

                /**
                 * IdentityProviderConfigured identifierFilter.
                 * @member {string} identifierFilter
                 * @memberof keywarden.identity.v1.IdentityProviderConfigured
                 * @instance
                 */
                IdentityProviderConfigured.prototype.identifierFilter = "";

                /**
                 * IdentityProviderConfigured enabled.
                 * @member {boolean} enabled
                 * @memberof keywarden.identity.v1.IdentityProviderConfigured
                 * @instance
                 */
                IdentityProviderConfigured.prototype.enabled = false;

                /**
                 * IdentityProviderConfigured actorUserId.
                 * @member {string} actorUserId
                 * @memberof keywarden.identity.v1.IdentityProviderConfigured
                 * @instance
                 */
                IdentityProviderConfigured.prototype.actorUserId = "";

                /**
                 * Encodes the specified IdentityProviderConfigured message. Does not implicitly {@link keywarden.identity.v1.IdentityProviderConfigured.verify|verify} messages.
                 * @function encode
                 * @memberof keywarden.identity.v1.IdentityProviderConfigured
                 * @static
                 * @param {keywarden.identity.v1.IdentityProviderConfigured.$Properties} message IdentityProviderConfigured message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                IdentityProviderConfigured.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.identityProviderId != null && $Object.hasOwnProperty.call(message, "identityProviderId") && message.identityProviderId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.identityProviderId);
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                    if (message.issuer != null && $Object.hasOwnProperty.call(message, "issuer") && message.issuer !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.issuer);
                    if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.clientId);
                    if (message.clientSecretFingerprint != null && $Object.hasOwnProperty.call(message, "clientSecretFingerprint") && message.clientSecretFingerprint !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.clientSecretFingerprint);
                    if (message.scopes != null && message.scopes.length)
                        for (let i = 0; i < message.scopes.length; ++i)
                            writer.uint32(/* id 6, wireType 2 =*/50).string(message.scopes[i]);
                    if (message.claimMapping != null && $Object.hasOwnProperty.call(message, "claimMapping"))
                        for (let keys = $Object.keys(message.claimMapping), i = 0; i < keys.length; ++i)
                            writer.uint32(/* id 7, wireType 2 =*/58).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.claimMapping[keys[i]]).ldelim();
                    if (message.identifierFilter != null && $Object.hasOwnProperty.call(message, "identifierFilter") && message.identifierFilter !== "")
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.identifierFilter);
                    if (message.enabled != null && $Object.hasOwnProperty.call(message, "enabled") && message.enabled !== false)
                        writer.uint32(/* id 9, wireType 0 =*/72).bool(message.enabled);
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId") && message.actorUserId !== "")
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.actorUserId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an IdentityProviderConfigured message from the specified reader or buffer.
                 * @function decode
                 * @memberof keywarden.identity.v1.IdentityProviderConfigured
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.IdentityProviderConfigured & keywarden.identity.v1.IdentityProviderConfigured.$Shape} IdentityProviderConfigured
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                IdentityProviderConfigured.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, key, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.keywarden.identity.v1.IdentityProviderConfigured();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.identityProviderId = value;
                                else
                                    delete message.identityProviderId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.issuer = value;
                                else
                                    delete message.issuer;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.clientId = value;
                                else
                                    delete message.clientId;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.clientSecretFingerprint = value;
                                else
                                    delete message.clientSecretFingerprint;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.scopes && message.scopes.length))
                                    message.scopes = [];
                                message.scopes.push(reader.stringVerify());
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if (message.claimMapping === $util.emptyObject)
                                    message.claimMapping = {};
                                let end2 = reader.size() + reader.pos;
                                if (end2 > reader.len)
                                    throw $RangeError("index out of range");
                                reader.len = end2;
                                key = "";
                                value = "";
                                while (reader.pos < end2) {
                                    let tag2 = reader.tag();
                                    wireType = tag2 & 7;
                                    switch (tag2 >>>= 3) {
                                    case 1:
                                        if (wireType !== 2)
                                            break;
                                        key = reader.stringVerify();
                                        continue;
                                    case 2:
                                        if (wireType !== 2)
                                            break;
                                        value = reader.stringVerify();
                                        continue;
                                    }
                                    reader.skipType(wireType, _depth, tag2);
                                }
                                if (reader.pos !== end2)
                                    throw $RangeError("index out of range");
                                reader.len = end;
                                if (key === "__proto__")
                                    $util.makeProp(message.claimMapping, key);
                                message.claimMapping[key] = value;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.identifierFilter = value;
                                else
                                    delete message.identifierFilter;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.enabled = value;
                                else
                                    delete message.enabled;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.actorUserId = value;
                                else
                                    delete message.actorUserId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies an IdentityProviderConfigured message.
                 * @function verify
                 * @memberof keywarden.identity.v1.IdentityProviderConfigured
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                IdentityProviderConfigured.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.identityProviderId != null && $Object.hasOwnProperty.call(message, "identityProviderId"))
                        if (!$util.isString(message.identityProviderId))
                            return "identityProviderId: string expected";
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        if (!$util.isString(message.name))
                            return "name: string expected";
                    if (message.issuer != null && $Object.hasOwnProperty.call(message, "issuer"))
                        if (!$util.isString(message.issuer))
                            return "issuer: string expected";
                    if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                        if (!$util.isString(message.clientId))
                            return "clientId: string expected";
                    if (message.clientSecretFingerprint != null && $Object.hasOwnProperty.call(message, "clientSecretFingerprint"))
                        if (!$util.isString(message.clientSecretFingerprint))
                            return "clientSecretFingerprint: string expected";
                    if (message.scopes != null && $Object.hasOwnProperty.call(message, "scopes")) {
                        if (!$Array.isArray(message.scopes))
                            return "scopes: array expected";
                        for (let i = 0; i < message.scopes.length; ++i)
                            if (!$util.isString(message.scopes[i]))
                                return "scopes: string[] expected";
                    }
                    if (message.claimMapping != null && $Object.hasOwnProperty.call(message, "claimMapping")) {
                        if (!$util.isObject(message.claimMapping))
                            return "claimMapping: object expected";
                        let key = $Object.keys(message.claimMapping);
                        for (let i = 0; i < key.length; ++i)
                            if (!$util.isString(message.claimMapping[key[i]]))
                                return "claimMapping: string{k:string} expected";
                    }
                    if (message.identifierFilter != null && $Object.hasOwnProperty.call(message, "identifierFilter"))
                        if (!$util.isString(message.identifierFilter))
                            return "identifierFilter: string expected";
                    if (message.enabled != null && $Object.hasOwnProperty.call(message, "enabled"))
                        if (typeof message.enabled !== "boolean")
                            return "enabled: boolean expected";
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId"))
                        if (!$util.isString(message.actorUserId))
                            return "actorUserId: string expected";
                    return null;
                };

                /**
                 * Creates an IdentityProviderConfigured message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keywarden.identity.v1.IdentityProviderConfigured
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {keywarden.identity.v1.IdentityProviderConfigured} IdentityProviderConfigured
                 */
                IdentityProviderConfigured.fromObject = function (object, _depth) {
                    if (object instanceof $root.keywarden.identity.v1.IdentityProviderConfigured)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".keywarden.identity.v1.IdentityProviderConfigured: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.keywarden.identity.v1.IdentityProviderConfigured();
                    if (object.identityProviderId != null)
                        if (typeof object.identityProviderId !== "string" || object.identityProviderId.length)
                            message.identityProviderId = $String(object.identityProviderId);
                    if (object.name != null)
                        if (typeof object.name !== "string" || object.name.length)
                            message.name = $String(object.name);
                    if (object.issuer != null)
                        if (typeof object.issuer !== "string" || object.issuer.length)
                            message.issuer = $String(object.issuer);
                    if (object.clientId != null)
                        if (typeof object.clientId !== "string" || object.clientId.length)
                            message.clientId = $String(object.clientId);
                    if (object.clientSecretFingerprint != null)
                        if (typeof object.clientSecretFingerprint !== "string" || object.clientSecretFingerprint.length)
                            message.clientSecretFingerprint = $String(object.clientSecretFingerprint);
                    if (object.scopes) {
                        if (!$Array.isArray(object.scopes))
                            throw $TypeError(".keywarden.identity.v1.IdentityProviderConfigured.scopes: array expected");
                        message.scopes = $Array(object.scopes.length);
                        for (let i = 0; i < object.scopes.length; ++i)
                            message.scopes[i] = $String(object.scopes[i]);
                    }
                    if (object.claimMapping) {
                        if (!$util.isObject(object.claimMapping))
                            throw $TypeError(".keywarden.identity.v1.IdentityProviderConfigured.claimMapping: object expected");
                        message.claimMapping = {};
                        for (let keys = $Object.keys(object.claimMapping), i = 0; i < keys.length; ++i) {
                            if (keys[i] === "__proto__")
                                $util.makeProp(message.claimMapping, keys[i]);
                            message.claimMapping[keys[i]] = $String(object.claimMapping[keys[i]]);
                        }
                    }
                    if (object.identifierFilter != null)
                        if (typeof object.identifierFilter !== "string" || object.identifierFilter.length)
                            message.identifierFilter = $String(object.identifierFilter);
                    if (object.enabled != null)
                        if (object.enabled)
                            message.enabled = $Boolean(object.enabled);
                    if (object.actorUserId != null)
                        if (typeof object.actorUserId !== "string" || object.actorUserId.length)
                            message.actorUserId = $String(object.actorUserId);
                    return message;
                };

                /**
                 * Creates a plain object from an IdentityProviderConfigured message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keywarden.identity.v1.IdentityProviderConfigured
                 * @static
                 * @param {keywarden.identity.v1.IdentityProviderConfigured} message IdentityProviderConfigured
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                IdentityProviderConfigured.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.scopes = [];
                    if (options.objects || options.defaults)
                        object.claimMapping = {};
                    if (options.defaults) {
                        object.identityProviderId = "";
                        object.name = "";
                        object.issuer = "";
                        object.clientId = "";
                        object.clientSecretFingerprint = "";
                        object.identifierFilter = "";
                        object.enabled = false;
                        object.actorUserId = "";
                    }
                    if (message.identityProviderId != null && $Object.hasOwnProperty.call(message, "identityProviderId"))
                        object.identityProviderId = message.identityProviderId;
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.issuer != null && $Object.hasOwnProperty.call(message, "issuer"))
                        object.issuer = message.issuer;
                    if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                        object.clientId = message.clientId;
                    if (message.clientSecretFingerprint != null && $Object.hasOwnProperty.call(message, "clientSecretFingerprint"))
                        object.clientSecretFingerprint = message.clientSecretFingerprint;
                    if (message.scopes && message.scopes.length) {
                        object.scopes = $Array(message.scopes.length);
                        for (let j = 0; j < message.scopes.length; ++j)
                            object.scopes[j] = message.scopes[j];
                    }
                    let keys2;
                    if (message.claimMapping && (keys2 = $Object.keys(message.claimMapping)).length) {
                        object.claimMapping = {};
                        for (let j = 0; j < keys2.length; ++j) {
                            if (keys2[j] === "__proto__")
                                $util.makeProp(object.claimMapping, keys2[j]);
                            object.claimMapping[keys2[j]] = message.claimMapping[keys2[j]];
                        }
                    }
                    if (message.identifierFilter != null && $Object.hasOwnProperty.call(message, "identifierFilter"))
                        object.identifierFilter = message.identifierFilter;
                    if (message.enabled != null && $Object.hasOwnProperty.call(message, "enabled"))
                        object.enabled = message.enabled;
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId"))
                        object.actorUserId = message.actorUserId;
                    return object;
                };

                /**
                 * Converts this IdentityProviderConfigured to JSON.
                 * @function toJSON
                 * @memberof keywarden.identity.v1.IdentityProviderConfigured
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                IdentityProviderConfigured.prototype.toJSON = function() {
                    return IdentityProviderConfigured.toObject(this, $protobuf.util.toJSONOptions);
                };

                return IdentityProviderConfigured;
            })();

            v1.OrganizationCreated = (function() {

                /**
                 * Properties of an OrganizationCreated.
                 * @typedef {Object} keywarden.identity.v1.OrganizationCreated.$Properties
                 * @property {string|null} [organizationId] OrganizationCreated organizationId
                 * @property {string|null} [name] OrganizationCreated name
                 * @property {string|null} [slug] OrganizationCreated slug
                 * @property {string|null} [ownerUserId] OrganizationCreated ownerUserId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an OrganizationCreated.
                 * @memberof keywarden.identity.v1
                 * @interface IOrganizationCreated
                 * @augments keywarden.identity.v1.OrganizationCreated.$Properties
                 * @deprecated Use keywarden.identity.v1.OrganizationCreated.$Properties instead.
                 */

                /**
                 * Shape of an OrganizationCreated.
                 * @typedef {keywarden.identity.v1.OrganizationCreated.$Properties} keywarden.identity.v1.OrganizationCreated.$Shape
                 */

                /**
                 * Constructs a new OrganizationCreated.
                 * @memberof keywarden.identity.v1
                 * @classdesc Represents an OrganizationCreated.
                 * @constructor
                 * @param {keywarden.identity.v1.OrganizationCreated.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const OrganizationCreated = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * OrganizationCreated organizationId.
                 * @member {string} organizationId
                 * @memberof keywarden.identity.v1.OrganizationCreated
                 * @instance
                 */
                OrganizationCreated.prototype.organizationId = "";

                /**
                 * OrganizationCreated name.
                 * @member {string} name
                 * @memberof keywarden.identity.v1.OrganizationCreated
                 * @instance
                 */
                OrganizationCreated.prototype.name = "";

                /**
                 * OrganizationCreated slug.
                 * @member {string} slug
                 * @memberof keywarden.identity.v1.OrganizationCreated
                 * @instance
                 */
                OrganizationCreated.prototype.slug = "";

                /**
                 * OrganizationCreated ownerUserId.
                 * @member {string} ownerUserId
                 * @memberof keywarden.identity.v1.OrganizationCreated
                 * @instance
                 */
                OrganizationCreated.prototype.ownerUserId = "";

                /**
                 * Encodes the specified OrganizationCreated message. Does not implicitly {@link keywarden.identity.v1.OrganizationCreated.verify|verify} messages.
                 * @function encode
                 * @memberof keywarden.identity.v1.OrganizationCreated
                 * @static
                 * @param {keywarden.identity.v1.OrganizationCreated.$Properties} message OrganizationCreated message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                OrganizationCreated.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.organizationId != null && $Object.hasOwnProperty.call(message, "organizationId") && message.organizationId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.organizationId);
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                    if (message.slug != null && $Object.hasOwnProperty.call(message, "slug") && message.slug !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.slug);
                    if (message.ownerUserId != null && $Object.hasOwnProperty.call(message, "ownerUserId") && message.ownerUserId !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.ownerUserId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an OrganizationCreated message from the specified reader or buffer.
                 * @function decode
                 * @memberof keywarden.identity.v1.OrganizationCreated
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.OrganizationCreated & keywarden.identity.v1.OrganizationCreated.$Shape} OrganizationCreated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                OrganizationCreated.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.keywarden.identity.v1.OrganizationCreated();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.organizationId = value;
                                else
                                    delete message.organizationId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.slug = value;
                                else
                                    delete message.slug;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.ownerUserId = value;
                                else
                                    delete message.ownerUserId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies an OrganizationCreated message.
                 * @function verify
                 * @memberof keywarden.identity.v1.OrganizationCreated
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                OrganizationCreated.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.organizationId != null && $Object.hasOwnProperty.call(message, "organizationId"))
                        if (!$util.isString(message.organizationId))
                            return "organizationId: string expected";
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        if (!$util.isString(message.name))
                            return "name: string expected";
                    if (message.slug != null && $Object.hasOwnProperty.call(message, "slug"))
                        if (!$util.isString(message.slug))
                            return "slug: string expected";
                    if (message.ownerUserId != null && $Object.hasOwnProperty.call(message, "ownerUserId"))
                        if (!$util.isString(message.ownerUserId))
                            return "ownerUserId: string expected";
                    return null;
                };

                /**
                 * Creates an OrganizationCreated message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keywarden.identity.v1.OrganizationCreated
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {keywarden.identity.v1.OrganizationCreated} OrganizationCreated
                 */
                OrganizationCreated.fromObject = function (object, _depth) {
                    if (object instanceof $root.keywarden.identity.v1.OrganizationCreated)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".keywarden.identity.v1.OrganizationCreated: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.keywarden.identity.v1.OrganizationCreated();
                    if (object.organizationId != null)
                        if (typeof object.organizationId !== "string" || object.organizationId.length)
                            message.organizationId = $String(object.organizationId);
                    if (object.name != null)
                        if (typeof object.name !== "string" || object.name.length)
                            message.name = $String(object.name);
                    if (object.slug != null)
                        if (typeof object.slug !== "string" || object.slug.length)
                            message.slug = $String(object.slug);
                    if (object.ownerUserId != null)
                        if (typeof object.ownerUserId !== "string" || object.ownerUserId.length)
                            message.ownerUserId = $String(object.ownerUserId);
                    return message;
                };

                /**
                 * Creates a plain object from an OrganizationCreated message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keywarden.identity.v1.OrganizationCreated
                 * @static
                 * @param {keywarden.identity.v1.OrganizationCreated} message OrganizationCreated
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                OrganizationCreated.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.organizationId = "";
                        object.name = "";
                        object.slug = "";
                        object.ownerUserId = "";
                    }
                    if (message.organizationId != null && $Object.hasOwnProperty.call(message, "organizationId"))
                        object.organizationId = message.organizationId;
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.slug != null && $Object.hasOwnProperty.call(message, "slug"))
                        object.slug = message.slug;
                    if (message.ownerUserId != null && $Object.hasOwnProperty.call(message, "ownerUserId"))
                        object.ownerUserId = message.ownerUserId;
                    return object;
                };

                /**
                 * Converts this OrganizationCreated to JSON.
                 * @function toJSON
                 * @memberof keywarden.identity.v1.OrganizationCreated
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                OrganizationCreated.prototype.toJSON = function() {
                    return OrganizationCreated.toObject(this, $protobuf.util.toJSONOptions);
                };

                return OrganizationCreated;
            })();

            v1.MemberAdded = (function() {

                /**
                 * Properties of a MemberAdded.
                 * @typedef {Object} keywarden.identity.v1.MemberAdded.$Properties
                 * @property {string|null} [organizationId] MemberAdded organizationId
                 * @property {string|null} [userId] MemberAdded userId
                 * @property {string|null} [role] MemberAdded role
                 * @property {string|null} [actorUserId] MemberAdded actorUserId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MemberAdded.
                 * @memberof keywarden.identity.v1
                 * @interface IMemberAdded
                 * @augments keywarden.identity.v1.MemberAdded.$Properties
                 * @deprecated Use keywarden.identity.v1.MemberAdded.$Properties instead.
                 */

                /**
                 * Shape of a MemberAdded.
                 * @typedef {keywarden.identity.v1.MemberAdded.$Properties} keywarden.identity.v1.MemberAdded.$Shape
                 */

                /**
                 * Constructs a new MemberAdded.
                 * @memberof keywarden.identity.v1
                 * @classdesc Represents a MemberAdded.
                 * @constructor
                 * @param {keywarden.identity.v1.MemberAdded.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MemberAdded = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MemberAdded organizationId.
                 * @member {string} organizationId
                 * @memberof keywarden.identity.v1.MemberAdded
                 * @instance
                 */
                MemberAdded.prototype.organizationId = "";

                /**
                 * MemberAdded userId.
                 * @member {string} userId
                 * @memberof keywarden.identity.v1.MemberAdded
                 * @instance
                 */
                MemberAdded.prototype.userId = "";

                /**
                 * MemberAdded role.
                 * @member {string} role
                 * @memberof keywarden.identity.v1.MemberAdded
                 * @instance
                 */
                MemberAdded.prototype.role = "";

                /**
                 * MemberAdded actorUserId.
                 * @member {string} actorUserId
                 * @memberof keywarden.identity.v1.MemberAdded
                 * @instance
                 */
                MemberAdded.prototype.actorUserId = "";

                /**
                 * Encodes the specified MemberAdded message. Does not implicitly {@link keywarden.identity.v1.MemberAdded.verify|verify} messages.
                 * @function encode
                 * @memberof keywarden.identity.v1.MemberAdded
                 * @static
                 * @param {keywarden.identity.v1.MemberAdded.$Properties} message MemberAdded message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MemberAdded.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.organizationId != null && $Object.hasOwnProperty.call(message, "organizationId") && message.organizationId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.organizationId);
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.userId);
                    if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.role);
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId") && message.actorUserId !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.actorUserId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MemberAdded message from the specified reader or buffer.
                 * @function decode
                 * @memberof keywarden.identity.v1.MemberAdded
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.MemberAdded & keywarden.identity.v1.MemberAdded.$Shape} MemberAdded
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MemberAdded.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.keywarden.identity.v1.MemberAdded();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.organizationId = value;
                                else
                                    delete message.organizationId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.role = value;
                                else
                                    delete message.role;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.actorUserId = value;
                                else
                                    delete message.actorUserId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a MemberAdded message.
                 * @function verify
                 * @memberof keywarden.identity.v1.MemberAdded
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                MemberAdded.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.organizationId != null && $Object.hasOwnProperty.call(message, "organizationId"))
                        if (!$util.isString(message.organizationId))
                            return "organizationId: string expected";
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        if (!$util.isString(message.userId))
                            return "userId: string expected";
                    if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                        if (!$util.isString(message.role))
                            return "role: string expected";
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId"))
                        if (!$util.isString(message.actorUserId))
                            return "actorUserId: string expected";
                    return null;
                };

                /**
                 * Creates a MemberAdded message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keywarden.identity.v1.MemberAdded
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {keywarden.identity.v1.MemberAdded} MemberAdded
                 */
                MemberAdded.fromObject = function (object, _depth) {
                    if (object instanceof $root.keywarden.identity.v1.MemberAdded)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".keywarden.identity.v1.MemberAdded: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.keywarden.identity.v1.MemberAdded();
                    if (object.organizationId != null)
                        if (typeof object.organizationId !== "string" || object.organizationId.length)
                            message.organizationId = $String(object.organizationId);
                    if (object.userId != null)
                        if (typeof object.userId !== "string" || object.userId.length)
                            message.userId = $String(object.userId);
                    if (object.role != null)
                        if (typeof object.role !== "string" || object.role.length)
                            message.role = $String(object.role);
                    if (object.actorUserId != null)
                        if (typeof object.actorUserId !== "string" || object.actorUserId.length)
                            message.actorUserId = $String(object.actorUserId);
                    return message;
                };

                /**
                 * Creates a plain object from a MemberAdded message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keywarden.identity.v1.MemberAdded
                 * @static
                 * @param {keywarden.identity.v1.MemberAdded} message MemberAdded
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MemberAdded.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.organizationId = "";
                        object.userId = "";
                        object.role = "";
                        object.actorUserId = "";
                    }
                    if (message.organizationId != null && $Object.hasOwnProperty.call(message, "organizationId"))
                        object.organizationId = message.organizationId;
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        object.userId = message.userId;
                    if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                        object.role = message.role;
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId"))
                        object.actorUserId = message.actorUserId;
                    return object;
                };

                /**
                 * Converts this MemberAdded to JSON.
                 * @function toJSON
                 * @memberof keywarden.identity.v1.MemberAdded
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MemberAdded.prototype.toJSON = function() {
                    return MemberAdded.toObject(this, $protobuf.util.toJSONOptions);
                };

                return MemberAdded;
            })();

            v1.MemberRoleChanged = (function() {

                /**
                 * Properties of a MemberRoleChanged.
                 * @typedef {Object} keywarden.identity.v1.MemberRoleChanged.$Properties
                 * @property {string|null} [organizationId] MemberRoleChanged organizationId
                 * @property {string|null} [userId] MemberRoleChanged userId
                 * @property {string|null} [previousRole] MemberRoleChanged previousRole
                 * @property {string|null} [role] MemberRoleChanged role
                 * @property {string|null} [actorUserId] MemberRoleChanged actorUserId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MemberRoleChanged.
                 * @memberof keywarden.identity.v1
                 * @interface IMemberRoleChanged
                 * @augments keywarden.identity.v1.MemberRoleChanged.$Properties
                 * @deprecated Use keywarden.identity.v1.MemberRoleChanged.$Properties instead.
                 */

                /**
                 * Shape of a MemberRoleChanged.
                 * @typedef {keywarden.identity.v1.MemberRoleChanged.$Properties} keywarden.identity.v1.MemberRoleChanged.$Shape
                 */

                /**
                 * Constructs a new MemberRoleChanged.
                 * @memberof keywarden.identity.v1
                 * @classdesc Represents a MemberRoleChanged.
                 * @constructor
                 * @param {keywarden.identity.v1.MemberRoleChanged.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MemberRoleChanged = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MemberRoleChanged organizationId.
                 * @member {string} organizationId
                 * @memberof keywarden.identity.v1.MemberRoleChanged
                 * @instance
                 */
                MemberRoleChanged.prototype.organizationId = "";

                /**
                 * MemberRoleChanged userId.
                 * @member {string} userId
                 * @memberof keywarden.identity.v1.MemberRoleChanged
                 * @instance
                 */
                MemberRoleChanged.prototype.userId = "";

                /**
                 * MemberRoleChanged previousRole.
                 * @member {string} previousRole
                 * @memberof keywarden.identity.v1.MemberRoleChanged
                 * @instance
                 */
                MemberRoleChanged.prototype.previousRole = "";

                /**
                 * MemberRoleChanged role.
                 * @member {string} role
                 * @memberof keywarden.identity.v1.MemberRoleChanged
                 * @instance
                 */
                MemberRoleChanged.prototype.role = "";

                /**
                 * MemberRoleChanged actorUserId.
                 * @member {string} actorUserId
                 * @memberof keywarden.identity.v1.MemberRoleChanged
                 * @instance
                 */
                MemberRoleChanged.prototype.actorUserId = "";

                /**
                 * Encodes the specified MemberRoleChanged message. Does not implicitly {@link keywarden.identity.v1.MemberRoleChanged.verify|verify} messages.
                 * @function encode
                 * @memberof keywarden.identity.v1.MemberRoleChanged
                 * @static
                 * @param {keywarden.identity.v1.MemberRoleChanged.$Properties} message MemberRoleChanged message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MemberRoleChanged.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.organizationId != null && $Object.hasOwnProperty.call(message, "organizationId") && message.organizationId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.organizationId);
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.userId);
                    if (message.previousRole != null && $Object.hasOwnProperty.call(message, "previousRole") && message.previousRole !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.previousRole);
                    if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.role);
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId") && message.actorUserId !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.actorUserId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MemberRoleChanged message from the specified reader or buffer.
                 * @function decode
                 * @memberof keywarden.identity.v1.MemberRoleChanged
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.MemberRoleChanged & keywarden.identity.v1.MemberRoleChanged.$Shape} MemberRoleChanged
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MemberRoleChanged.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.keywarden.identity.v1.MemberRoleChanged();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.organizationId = value;
                                else
                                    delete message.organizationId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.previousRole = value;
                                else
                                    delete message.previousRole;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.role = value;
                                else
                                    delete message.role;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.actorUserId = value;
                                else
                                    delete message.actorUserId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a MemberRoleChanged message.
                 * @function verify
                 * @memberof keywarden.identity.v1.MemberRoleChanged
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                MemberRoleChanged.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.organizationId != null && $Object.hasOwnProperty.call(message, "organizationId"))
                        if (!$util.isString(message.organizationId))
                            return "organizationId: string expected";
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        if (!$util.isString(message.userId))
                            return "userId: string expected";
                    if (message.previousRole != null && $Object.hasOwnProperty.call(message, "previousRole"))
                        if (!$util.isString(message.previousRole))
                            return "previousRole: string expected";
                    if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                        if (!$util.isString(message.role))
                            return "role: string expected";
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId"))
                        if (!$util.isString(message.actorUserId))
                            return "actorUserId: string expected";
                    return null;
                };

                /**
                 * Creates a MemberRoleChanged message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keywarden.identity.v1.MemberRoleChanged
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {keywarden.identity.v1.MemberRoleChanged} MemberRoleChanged
                 */
                MemberRoleChanged.fromObject = function (object, _depth) {
                    if (object instanceof $root.keywarden.identity.v1.MemberRoleChanged)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".keywarden.identity.v1.MemberRoleChanged: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.keywarden.identity.v1.MemberRoleChanged();
                    if (object.organizationId != null)
                        if (typeof object.organizationId !== "string" || object.organizationId.length)
                            message.organizationId = $String(object.organizationId);
                    if (object.userId != null)
                        if (typeof object.userId !== "string" || object.userId.length)
                            message.userId = $String(object.userId);
                    if (object.previousRole != null)
                        if (typeof object.previousRole !== "string" || object.previousRole.length)
                            message.previousRole = $String(object.previousRole);
                    if (object.role != null)
                        if (typeof object.role !== "string" || object.role.length)
                            message.role = $String(object.role);
                    if (object.actorUserId != null)
                        if (typeof object.actorUserId !== "string" || object.actorUserId.length)
                            message.actorUserId = $String(object.actorUserId);
                    return message;
                };

                /**
                 * Creates a plain object from a MemberRoleChanged message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keywarden.identity.v1.MemberRoleChanged
                 * @static
                 * @param {keywarden.identity.v1.MemberRoleChanged} message MemberRoleChanged
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MemberRoleChanged.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.organizationId = "";
                        object.userId = "";
                        object.previousRole = "";
                        object.role = "";
                        object.actorUserId = "";
                    }
                    if (message.organizationId != null && $Object.hasOwnProperty.call(message, "organizationId"))
                        object.organizationId = message.organizationId;
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        object.userId = message.userId;
                    if (message.previousRole != null && $Object.hasOwnProperty.call(message, "previousRole"))
                        object.previousRole = message.previousRole;
                    if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                        object.role = message.role;
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId"))
                        object.actorUserId = message.actorUserId;
                    return object;
                };

                /**
                 * Converts this MemberRoleChanged to JSON.
                 * @function toJSON
                 * @memberof keywarden.identity.v1.MemberRoleChanged
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MemberRoleChanged.prototype.toJSON = function() {
                    return MemberRoleChanged.toObject(this, $protobuf.util.toJSONOptions);
                };

                return MemberRoleChanged;
            })();

            v1.MemberRemoved = (function() {

                /**
                 * Properties of a MemberRemoved.
                 * @typedef {Object} keywarden.identity.v1.MemberRemoved.$Properties
                 * @property {string|null} [organizationId] MemberRemoved organizationId
                 * @property {string|null} [userId] MemberRemoved userId
                 * @property {string|null} [actorUserId] MemberRemoved actorUserId
                 * @property {string|null} [reason] MemberRemoved reason
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MemberRemoved.
                 * @memberof keywarden.identity.v1
                 * @interface IMemberRemoved
                 * @augments keywarden.identity.v1.MemberRemoved.$Properties
                 * @deprecated Use keywarden.identity.v1.MemberRemoved.$Properties instead.
                 */

                /**
                 * Shape of a MemberRemoved.
                 * @typedef {keywarden.identity.v1.MemberRemoved.$Properties} keywarden.identity.v1.MemberRemoved.$Shape
                 */

                /**
                 * Constructs a new MemberRemoved.
                 * @memberof keywarden.identity.v1
                 * @classdesc Represents a MemberRemoved.
                 * @constructor
                 * @param {keywarden.identity.v1.MemberRemoved.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MemberRemoved = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MemberRemoved organizationId.
                 * @member {string} organizationId
                 * @memberof keywarden.identity.v1.MemberRemoved
                 * @instance
                 */
                MemberRemoved.prototype.organizationId = "";

                /**
                 * MemberRemoved userId.
                 * @member {string} userId
                 * @memberof keywarden.identity.v1.MemberRemoved
                 * @instance
                 */
                MemberRemoved.prototype.userId = "";

                /**
                 * MemberRemoved actorUserId.
                 * @member {string} actorUserId
                 * @memberof keywarden.identity.v1.MemberRemoved
                 * @instance
                 */
                MemberRemoved.prototype.actorUserId = "";

                /**
                 * MemberRemoved reason.
                 * @member {string} reason
                 * @memberof keywarden.identity.v1.MemberRemoved
                 * @instance
                 */
                MemberRemoved.prototype.reason = "";

                /**
                 * Encodes the specified MemberRemoved message. Does not implicitly {@link keywarden.identity.v1.MemberRemoved.verify|verify} messages.
                 * @function encode
                 * @memberof keywarden.identity.v1.MemberRemoved
                 * @static
                 * @param {keywarden.identity.v1.MemberRemoved.$Properties} message MemberRemoved message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MemberRemoved.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.organizationId != null && $Object.hasOwnProperty.call(message, "organizationId") && message.organizationId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.organizationId);
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.userId);
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId") && message.actorUserId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.actorUserId);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.reason);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MemberRemoved message from the specified reader or buffer.
                 * @function decode
                 * @memberof keywarden.identity.v1.MemberRemoved
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.MemberRemoved & keywarden.identity.v1.MemberRemoved.$Shape} MemberRemoved
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MemberRemoved.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.keywarden.identity.v1.MemberRemoved();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.organizationId = value;
                                else
                                    delete message.organizationId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.actorUserId = value;
                                else
                                    delete message.actorUserId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a MemberRemoved message.
                 * @function verify
                 * @memberof keywarden.identity.v1.MemberRemoved
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                MemberRemoved.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.organizationId != null && $Object.hasOwnProperty.call(message, "organizationId"))
                        if (!$util.isString(message.organizationId))
                            return "organizationId: string expected";
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        if (!$util.isString(message.userId))
                            return "userId: string expected";
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId"))
                        if (!$util.isString(message.actorUserId))
                            return "actorUserId: string expected";
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        if (!$util.isString(message.reason))
                            return "reason: string expected";
                    return null;
                };

                /**
                 * Creates a MemberRemoved message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keywarden.identity.v1.MemberRemoved
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {keywarden.identity.v1.MemberRemoved} MemberRemoved
                 */
                MemberRemoved.fromObject = function (object, _depth) {
                    if (object instanceof $root.keywarden.identity.v1.MemberRemoved)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".keywarden.identity.v1.MemberRemoved: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.keywarden.identity.v1.MemberRemoved();
                    if (object.organizationId != null)
                        if (typeof object.organizationId !== "string" || object.organizationId.length)
                            message.organizationId = $String(object.organizationId);
                    if (object.userId != null)
                        if (typeof object.userId !== "string" || object.userId.length)
                            message.userId = $String(object.userId);
                    if (object.actorUserId != null)
                        if (typeof object.actorUserId !== "string" || object.actorUserId.length)
                            message.actorUserId = $String(object.actorUserId);
                    if (object.reason != null)
                        if (typeof object.reason !== "string" || object.reason.length)
                            message.reason = $String(object.reason);
                    return message;
                };

                /**
                 * Creates a plain object from a MemberRemoved message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keywarden.identity.v1.MemberRemoved
                 * @static
                 * @param {keywarden.identity.v1.MemberRemoved} message MemberRemoved
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MemberRemoved.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.organizationId = "";
                        object.userId = "";
                        object.actorUserId = "";
                        object.reason = "";
                    }
                    if (message.organizationId != null && $Object.hasOwnProperty.call(message, "organizationId"))
                        object.organizationId = message.organizationId;
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        object.userId = message.userId;
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId"))
                        object.actorUserId = message.actorUserId;
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        object.reason = message.reason;
                    return object;
                };

                /**
                 * Converts this MemberRemoved to JSON.
                 * @function toJSON
                 * @memberof keywarden.identity.v1.MemberRemoved
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MemberRemoved.prototype.toJSON = function() {
                    return MemberRemoved.toObject(this, $protobuf.util.toJSONOptions);
                };

                return MemberRemoved;
            })();

            v1.OwnershipTransferred = (function() {

                /**
                 * Properties of an OwnershipTransferred.
                 * @typedef {Object} keywarden.identity.v1.OwnershipTransferred.$Properties
                 * @property {string|null} [organizationId] OwnershipTransferred organizationId
                 * @property {string|null} [previousOwnerUserId] OwnershipTransferred previousOwnerUserId
                 * @property {string|null} [newOwnerUserId] OwnershipTransferred newOwnerUserId
                 * @property {string|null} [actorUserId] OwnershipTransferred actorUserId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an OwnershipTransferred.
                 * @memberof keywarden.identity.v1
                 * @interface IOwnershipTransferred
                 * @augments keywarden.identity.v1.OwnershipTransferred.$Properties
                 * @deprecated Use keywarden.identity.v1.OwnershipTransferred.$Properties instead.
                 */

                /**
                 * Shape of an OwnershipTransferred.
                 * @typedef {keywarden.identity.v1.OwnershipTransferred.$Properties} keywarden.identity.v1.OwnershipTransferred.$Shape
                 */

                /**
                 * Constructs a new OwnershipTransferred.
                 * @memberof keywarden.identity.v1
                 * @classdesc Represents an OwnershipTransferred.
                 * @constructor
                 * @param {keywarden.identity.v1.OwnershipTransferred.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const OwnershipTransferred = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * OwnershipTransferred organizationId.
                 * @member {string} organizationId
                 * @memberof keywarden.identity.v1.OwnershipTransferred
                 * @instance
                 */
                OwnershipTransferred.prototype.organizationId = "";

                /**
                 * OwnershipTransferred previousOwnerUserId.
                 * @member {string} previousOwnerUserId
                 * @memberof keywarden.identity.v1.OwnershipTransferred
                 * @instance
                 */
                OwnershipTransferred.prototype.previousOwnerUserId = "";

                /**
                 * OwnershipTransferred newOwnerUserId.
                 * @member {string} newOwnerUserId
                 * @memberof keywarden.identity.v1.OwnershipTransferred
                 * @instance
                 */
                OwnershipTransferred.prototype.newOwnerUserId = "";

                /**
                 * OwnershipTransferred actorUserId.
                 * @member {string} actorUserId
                 * @memberof keywarden.identity.v1.OwnershipTransferred
                 * @instance
                 */
                OwnershipTransferred.prototype.actorUserId = "";

                /**
                 * Encodes the specified OwnershipTransferred message. Does not implicitly {@link keywarden.identity.v1.OwnershipTransferred.verify|verify} messages.
                 * @function encode
                 * @memberof keywarden.identity.v1.OwnershipTransferred
                 * @static
                 * @param {keywarden.identity.v1.OwnershipTransferred.$Properties} message OwnershipTransferred message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                OwnershipTransferred.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.organizationId != null && $Object.hasOwnProperty.call(message, "organizationId") && message.organizationId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.organizationId);
                    if (message.previousOwnerUserId != null && $Object.hasOwnProperty.call(message, "previousOwnerUserId") && message.previousOwnerUserId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.previousOwnerUserId);
                    if (message.newOwnerUserId != null && $Object.hasOwnProperty.call(message, "newOwnerUserId") && message.newOwnerUserId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.newOwnerUserId);
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId") && message.actorUserId !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.actorUserId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an OwnershipTransferred message from the specified reader or buffer.
                 * @function decode
                 * @memberof keywarden.identity.v1.OwnershipTransferred
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.OwnershipTransferred & keywarden.identity.v1.OwnershipTransferred.$Shape} OwnershipTransferred
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                OwnershipTransferred.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.keywarden.identity.v1.OwnershipTransferred();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.organizationId = value;
                                else
                                    delete message.organizationId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.previousOwnerUserId = value;
                                else
                                    delete message.previousOwnerUserId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.newOwnerUserId = value;
                                else
                                    delete message.newOwnerUserId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.actorUserId = value;
                                else
                                    delete message.actorUserId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies an OwnershipTransferred message.
                 * @function verify
                 * @memberof keywarden.identity.v1.OwnershipTransferred
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                OwnershipTransferred.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.organizationId != null && $Object.hasOwnProperty.call(message, "organizationId"))
                        if (!$util.isString(message.organizationId))
                            return "organizationId: string expected";
                    if (message.previousOwnerUserId != null && $Object.hasOwnProperty.call(message, "previousOwnerUserId"))
                        if (!$util.isString(message.previousOwnerUserId))
                            return "previousOwnerUserId: string expected";
                    if (message.newOwnerUserId != null && $Object.hasOwnProperty.call(message, "newOwnerUserId"))
                        if (!$util.isString(message.newOwnerUserId))
                            return "newOwnerUserId: string expected";
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId"))
                        if (!$util.isString(message.actorUserId))
                            return "actorUserId: string expected";
                    return null;
                };

                /**
                 * Creates an OwnershipTransferred message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keywarden.identity.v1.OwnershipTransferred
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {keywarden.identity.v1.OwnershipTransferred} OwnershipTransferred
                 */
                OwnershipTransferred.fromObject = function (object, _depth) {
                    if (object instanceof $root.keywarden.identity.v1.OwnershipTransferred)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".keywarden.identity.v1.OwnershipTransferred: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.keywarden.identity.v1.OwnershipTransferred();
                    if (object.organizationId != null)
                        if (typeof object.organizationId !== "string" || object.organizationId.length)
                            message.organizationId = $String(object.organizationId);
                    if (object.previousOwnerUserId != null)
                        if (typeof object.previousOwnerUserId !== "string" || object.previousOwnerUserId.length)
                            message.previousOwnerUserId = $String(object.previousOwnerUserId);
                    if (object.newOwnerUserId != null)
                        if (typeof object.newOwnerUserId !== "string" || object.newOwnerUserId.length)
                            message.newOwnerUserId = $String(object.newOwnerUserId);
                    if (object.actorUserId != null)
                        if (typeof object.actorUserId !== "string" || object.actorUserId.length)
                            message.actorUserId = $String(object.actorUserId);
                    return message;
                };

                /**
                 * Creates a plain object from an OwnershipTransferred message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keywarden.identity.v1.OwnershipTransferred
                 * @static
                 * @param {keywarden.identity.v1.OwnershipTransferred} message OwnershipTransferred
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                OwnershipTransferred.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.organizationId = "";
                        object.previousOwnerUserId = "";
                        object.newOwnerUserId = "";
                        object.actorUserId = "";
                    }
                    if (message.organizationId != null && $Object.hasOwnProperty.call(message, "organizationId"))
                        object.organizationId = message.organizationId;
                    if (message.previousOwnerUserId != null && $Object.hasOwnProperty.call(message, "previousOwnerUserId"))
                        object.previousOwnerUserId = message.previousOwnerUserId;
                    if (message.newOwnerUserId != null && $Object.hasOwnProperty.call(message, "newOwnerUserId"))
                        object.newOwnerUserId = message.newOwnerUserId;
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId"))
                        object.actorUserId = message.actorUserId;
                    return object;
                };

                /**
                 * Converts this OwnershipTransferred to JSON.
                 * @function toJSON
                 * @memberof keywarden.identity.v1.OwnershipTransferred
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                OwnershipTransferred.prototype.toJSON = function() {
                    return OwnershipTransferred.toObject(this, $protobuf.util.toJSONOptions);
                };

                return OwnershipTransferred;
            })();

            v1.PersonalAccessTokenCreated = (function() {

                /**
                 * Properties of a PersonalAccessTokenCreated.
                 * @typedef {Object} keywarden.identity.v1.PersonalAccessTokenCreated.$Properties
                 * @property {string|null} [tokenId] PersonalAccessTokenCreated tokenId
                 * @property {string|null} [userId] PersonalAccessTokenCreated userId
                 * @property {string|null} [name] PersonalAccessTokenCreated name
                 * @property {string|null} [description] PersonalAccessTokenCreated description
                 * @property {Array.<string>|null} [scopes] PersonalAccessTokenCreated scopes
                 * @property {google.protobuf.Timestamp.$Properties|null} [expiresAt] PersonalAccessTokenCreated expiresAt
                 * @property {string|null} [tokenFingerprint] PersonalAccessTokenCreated tokenFingerprint
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PersonalAccessTokenCreated.
                 * @memberof keywarden.identity.v1
                 * @interface IPersonalAccessTokenCreated
                 * @augments keywarden.identity.v1.PersonalAccessTokenCreated.$Properties
                 * @deprecated Use keywarden.identity.v1.PersonalAccessTokenCreated.$Properties instead.
                 */

                /**
                 * Shape of a PersonalAccessTokenCreated.
                 * @typedef {keywarden.identity.v1.PersonalAccessTokenCreated.$Properties} keywarden.identity.v1.PersonalAccessTokenCreated.$Shape
                 */

                /**
                 * Constructs a new PersonalAccessTokenCreated.
                 * @memberof keywarden.identity.v1
                 * @classdesc Represents a PersonalAccessTokenCreated.
                 * @constructor
                 * @param {keywarden.identity.v1.PersonalAccessTokenCreated.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PersonalAccessTokenCreated = function (properties) {
                    this.scopes = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PersonalAccessTokenCreated tokenId.
                 * @member {string} tokenId
                 * @memberof keywarden.identity.v1.PersonalAccessTokenCreated
                 * @instance
                 */
                PersonalAccessTokenCreated.prototype.tokenId = "";

                /**
                 * PersonalAccessTokenCreated userId.
                 * @member {string} userId
                 * @memberof keywarden.identity.v1.PersonalAccessTokenCreated
                 * @instance
                 */
                PersonalAccessTokenCreated.prototype.userId = "";

                /**
                 * PersonalAccessTokenCreated name.
                 * @member {string} name
                 * @memberof keywarden.identity.v1.PersonalAccessTokenCreated
                 * @instance
                 */
                PersonalAccessTokenCreated.prototype.name = "";

                /**
                 * PersonalAccessTokenCreated description.
                 * @member {string} description
                 * @memberof keywarden.identity.v1.PersonalAccessTokenCreated
                 * @instance
                 */
                PersonalAccessTokenCreated.prototype.description = "";

                /**
                 * PersonalAccessTokenCreated scopes.
                 * @member {Array.<string>} scopes
                 * @memberof keywarden.identity.v1.PersonalAccessTokenCreated
                 * @instance
                 */
                PersonalAccessTokenCreated.prototype.scopes = $util.emptyArray;

                /**
                 * PersonalAccessTokenCreated expiresAt.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} expiresAt
                 * @memberof keywarden.identity.v1.PersonalAccessTokenCreated
                 * @instance
                 */
                PersonalAccessTokenCreated.prototype.expiresAt = null;

                /**
                 * PersonalAccessTokenCreated tokenFingerprint.
                 * @member {string} tokenFingerprint
                 * @memberof keywarden.identity.v1.PersonalAccessTokenCreated
                 * @instance
                 */
                PersonalAccessTokenCreated.prototype.tokenFingerprint = "";

                /**
                 * Encodes the specified PersonalAccessTokenCreated message. Does not implicitly {@link keywarden.identity.v1.PersonalAccessTokenCreated.verify|verify} messages.
                 * @function encode
                 * @memberof keywarden.identity.v1.PersonalAccessTokenCreated
                 * @static
                 * @param {keywarden.identity.v1.PersonalAccessTokenCreated.$Properties} message PersonalAccessTokenCreated message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PersonalAccessTokenCreated.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.tokenId != null && $Object.hasOwnProperty.call(message, "tokenId") && message.tokenId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.tokenId);
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.userId);
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                    if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.description);
                    if (message.scopes != null && message.scopes.length)
                        for (let i = 0; i < message.scopes.length; ++i)
                            writer.uint32(/* id 5, wireType 2 =*/42).string(message.scopes[i]);
                    if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt"))
                        $root.google.protobuf.Timestamp.encode(message.expiresAt, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.tokenFingerprint != null && $Object.hasOwnProperty.call(message, "tokenFingerprint") && message.tokenFingerprint !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.tokenFingerprint);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PersonalAccessTokenCreated message from the specified reader or buffer.
                 * @function decode
                 * @memberof keywarden.identity.v1.PersonalAccessTokenCreated
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.PersonalAccessTokenCreated & keywarden.identity.v1.PersonalAccessTokenCreated.$Shape} PersonalAccessTokenCreated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PersonalAccessTokenCreated.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.keywarden.identity.v1.PersonalAccessTokenCreated();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.tokenId = value;
                                else
                                    delete message.tokenId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.description = value;
                                else
                                    delete message.description;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.scopes && message.scopes.length))
                                    message.scopes = [];
                                message.scopes.push(reader.stringVerify());
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.expiresAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.expiresAt);
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.tokenFingerprint = value;
                                else
                                    delete message.tokenFingerprint;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a PersonalAccessTokenCreated message.
                 * @function verify
                 * @memberof keywarden.identity.v1.PersonalAccessTokenCreated
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                PersonalAccessTokenCreated.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.tokenId != null && $Object.hasOwnProperty.call(message, "tokenId"))
                        if (!$util.isString(message.tokenId))
                            return "tokenId: string expected";
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        if (!$util.isString(message.userId))
                            return "userId: string expected";
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        if (!$util.isString(message.name))
                            return "name: string expected";
                    if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                        if (!$util.isString(message.description))
                            return "description: string expected";
                    if (message.scopes != null && $Object.hasOwnProperty.call(message, "scopes")) {
                        if (!$Array.isArray(message.scopes))
                            return "scopes: array expected";
                        for (let i = 0; i < message.scopes.length; ++i)
                            if (!$util.isString(message.scopes[i]))
                                return "scopes: string[] expected";
                    }
                    if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt")) {
                        let error = $root.google.protobuf.Timestamp.verify(message.expiresAt, _depth + 1);
                        if (error)
                            return "expiresAt." + error;
                    }
                    if (message.tokenFingerprint != null && $Object.hasOwnProperty.call(message, "tokenFingerprint"))
                        if (!$util.isString(message.tokenFingerprint))
                            return "tokenFingerprint: string expected";
                    return null;
                };

                /**
                 * Creates a PersonalAccessTokenCreated message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keywarden.identity.v1.PersonalAccessTokenCreated
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {keywarden.identity.v1.PersonalAccessTokenCreated} PersonalAccessTokenCreated
                 */
                PersonalAccessTokenCreated.fromObject = function (object, _depth) {
                    if (object instanceof $root.keywarden.identity.v1.PersonalAccessTokenCreated)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".keywarden.identity.v1.PersonalAccessTokenCreated: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.keywarden.identity.v1.PersonalAccessTokenCreated();
                    if (object.tokenId != null)
                        if (typeof object.tokenId !== "string" || object.tokenId.length)
                            message.tokenId = $String(object.tokenId);
                    if (object.userId != null)
                        if (typeof object.userId !== "string" || object.userId.length)
                            message.userId = $String(object.userId);
                    if (object.name != null)
                        if (typeof object.name !== "string" || object.name.length)
                            message.name = $String(object.name);
                    if (object.description != null)
                        if (typeof object.description !== "string" || object.description.length)
                            message.description = $String(object.description);
                    if (object.scopes) {
                        if (!$Array.isArray(object.scopes))
                            throw $TypeError(".keywarden.identity.v1.PersonalAccessTokenCreated.scopes: array expected");
                        message.scopes = $Array(object.scopes.length);
                        for (let i = 0; i < object.scopes.length; ++i)
                            message.scopes[i] = $String(object.scopes[i]);
                    }
                    if (object.expiresAt != null) {
                        if (!$util.isObject(object.expiresAt))
                            throw $TypeError(".keywarden.identity.v1.PersonalAccessTokenCreated.expiresAt: object expected");
                        message.expiresAt = $root.google.protobuf.Timestamp.fromObject(object.expiresAt, _depth + 1);
                    }
                    if (object.tokenFingerprint != null)
                        if (typeof object.tokenFingerprint !== "string" || object.tokenFingerprint.length)
                            message.tokenFingerprint = $String(object.tokenFingerprint);
                    return message;
                };

                /**
                 * Creates a plain object from a PersonalAccessTokenCreated message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keywarden.identity.v1.PersonalAccessTokenCreated
                 * @static
                 * @param {keywarden.identity.v1.PersonalAccessTokenCreated} message PersonalAccessTokenCreated
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PersonalAccessTokenCreated.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.scopes = [];
                    if (options.defaults) {
                        object.tokenId = "";
                        object.userId = "";
                        object.name = "";
                        object.description = "";
                        object.expiresAt = null;
                        object.tokenFingerprint = "";
                    }
                    if (message.tokenId != null && $Object.hasOwnProperty.call(message, "tokenId"))
                        object.tokenId = message.tokenId;
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        object.userId = message.userId;
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                        object.description = message.description;
                    if (message.scopes && message.scopes.length) {
                        object.scopes = $Array(message.scopes.length);
                        for (let j = 0; j < message.scopes.length; ++j)
                            object.scopes[j] = message.scopes[j];
                    }
                    if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt"))
                        object.expiresAt = $root.google.protobuf.Timestamp.toObject(message.expiresAt, options, _depth + 1);
                    if (message.tokenFingerprint != null && $Object.hasOwnProperty.call(message, "tokenFingerprint"))
                        object.tokenFingerprint = message.tokenFingerprint;
                    return object;
                };

                /**
                 * Converts this PersonalAccessTokenCreated to JSON.
                 * @function toJSON
                 * @memberof keywarden.identity.v1.PersonalAccessTokenCreated
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PersonalAccessTokenCreated.prototype.toJSON = function() {
                    return PersonalAccessTokenCreated.toObject(this, $protobuf.util.toJSONOptions);
                };

                return PersonalAccessTokenCreated;
            })();

            v1.PersonalAccessTokenRevoked = (function() {

                /**
                 * Properties of a PersonalAccessTokenRevoked.
                 * @typedef {Object} keywarden.identity.v1.PersonalAccessTokenRevoked.$Properties
                 * @property {string|null} [tokenId] PersonalAccessTokenRevoked tokenId
                 * @property {string|null} [userId] PersonalAccessTokenRevoked userId
                 * @property {string|null} [actorUserId] PersonalAccessTokenRevoked actorUserId
                 * @property {string|null} [reason] PersonalAccessTokenRevoked reason
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PersonalAccessTokenRevoked.
                 * @memberof keywarden.identity.v1
                 * @interface IPersonalAccessTokenRevoked
                 * @augments keywarden.identity.v1.PersonalAccessTokenRevoked.$Properties
                 * @deprecated Use keywarden.identity.v1.PersonalAccessTokenRevoked.$Properties instead.
                 */

                /**
                 * Shape of a PersonalAccessTokenRevoked.
                 * @typedef {keywarden.identity.v1.PersonalAccessTokenRevoked.$Properties} keywarden.identity.v1.PersonalAccessTokenRevoked.$Shape
                 */

                /**
                 * Constructs a new PersonalAccessTokenRevoked.
                 * @memberof keywarden.identity.v1
                 * @classdesc Represents a PersonalAccessTokenRevoked.
                 * @constructor
                 * @param {keywarden.identity.v1.PersonalAccessTokenRevoked.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PersonalAccessTokenRevoked = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PersonalAccessTokenRevoked tokenId.
                 * @member {string} tokenId
                 * @memberof keywarden.identity.v1.PersonalAccessTokenRevoked
                 * @instance
                 */
                PersonalAccessTokenRevoked.prototype.tokenId = "";

                /**
                 * PersonalAccessTokenRevoked userId.
                 * @member {string} userId
                 * @memberof keywarden.identity.v1.PersonalAccessTokenRevoked
                 * @instance
                 */
                PersonalAccessTokenRevoked.prototype.userId = "";

                /**
                 * PersonalAccessTokenRevoked actorUserId.
                 * @member {string} actorUserId
                 * @memberof keywarden.identity.v1.PersonalAccessTokenRevoked
                 * @instance
                 */
                PersonalAccessTokenRevoked.prototype.actorUserId = "";

                /**
                 * PersonalAccessTokenRevoked reason.
                 * @member {string} reason
                 * @memberof keywarden.identity.v1.PersonalAccessTokenRevoked
                 * @instance
                 */
                PersonalAccessTokenRevoked.prototype.reason = "";

                /**
                 * Encodes the specified PersonalAccessTokenRevoked message. Does not implicitly {@link keywarden.identity.v1.PersonalAccessTokenRevoked.verify|verify} messages.
                 * @function encode
                 * @memberof keywarden.identity.v1.PersonalAccessTokenRevoked
                 * @static
                 * @param {keywarden.identity.v1.PersonalAccessTokenRevoked.$Properties} message PersonalAccessTokenRevoked message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PersonalAccessTokenRevoked.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.tokenId != null && $Object.hasOwnProperty.call(message, "tokenId") && message.tokenId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.tokenId);
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.userId);
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId") && message.actorUserId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.actorUserId);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.reason);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PersonalAccessTokenRevoked message from the specified reader or buffer.
                 * @function decode
                 * @memberof keywarden.identity.v1.PersonalAccessTokenRevoked
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.PersonalAccessTokenRevoked & keywarden.identity.v1.PersonalAccessTokenRevoked.$Shape} PersonalAccessTokenRevoked
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PersonalAccessTokenRevoked.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.keywarden.identity.v1.PersonalAccessTokenRevoked();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.tokenId = value;
                                else
                                    delete message.tokenId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.actorUserId = value;
                                else
                                    delete message.actorUserId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a PersonalAccessTokenRevoked message.
                 * @function verify
                 * @memberof keywarden.identity.v1.PersonalAccessTokenRevoked
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                PersonalAccessTokenRevoked.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.tokenId != null && $Object.hasOwnProperty.call(message, "tokenId"))
                        if (!$util.isString(message.tokenId))
                            return "tokenId: string expected";
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        if (!$util.isString(message.userId))
                            return "userId: string expected";
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId"))
                        if (!$util.isString(message.actorUserId))
                            return "actorUserId: string expected";
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        if (!$util.isString(message.reason))
                            return "reason: string expected";
                    return null;
                };

                /**
                 * Creates a PersonalAccessTokenRevoked message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keywarden.identity.v1.PersonalAccessTokenRevoked
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {keywarden.identity.v1.PersonalAccessTokenRevoked} PersonalAccessTokenRevoked
                 */
                PersonalAccessTokenRevoked.fromObject = function (object, _depth) {
                    if (object instanceof $root.keywarden.identity.v1.PersonalAccessTokenRevoked)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".keywarden.identity.v1.PersonalAccessTokenRevoked: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.keywarden.identity.v1.PersonalAccessTokenRevoked();
                    if (object.tokenId != null)
                        if (typeof object.tokenId !== "string" || object.tokenId.length)
                            message.tokenId = $String(object.tokenId);
                    if (object.userId != null)
                        if (typeof object.userId !== "string" || object.userId.length)
                            message.userId = $String(object.userId);
                    if (object.actorUserId != null)
                        if (typeof object.actorUserId !== "string" || object.actorUserId.length)
                            message.actorUserId = $String(object.actorUserId);
                    if (object.reason != null)
                        if (typeof object.reason !== "string" || object.reason.length)
                            message.reason = $String(object.reason);
                    return message;
                };

                /**
                 * Creates a plain object from a PersonalAccessTokenRevoked message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keywarden.identity.v1.PersonalAccessTokenRevoked
                 * @static
                 * @param {keywarden.identity.v1.PersonalAccessTokenRevoked} message PersonalAccessTokenRevoked
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PersonalAccessTokenRevoked.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.tokenId = "";
                        object.userId = "";
                        object.actorUserId = "";
                        object.reason = "";
                    }
                    if (message.tokenId != null && $Object.hasOwnProperty.call(message, "tokenId"))
                        object.tokenId = message.tokenId;
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        object.userId = message.userId;
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId"))
                        object.actorUserId = message.actorUserId;
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        object.reason = message.reason;
                    return object;
                };

                /**
                 * Converts this PersonalAccessTokenRevoked to JSON.
                 * @function toJSON
                 * @memberof keywarden.identity.v1.PersonalAccessTokenRevoked
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PersonalAccessTokenRevoked.prototype.toJSON = function() {
                    return PersonalAccessTokenRevoked.toObject(this, $protobuf.util.toJSONOptions);
                };

                return PersonalAccessTokenRevoked;
            })();

            v1.SessionStarted = (function() {

                /**
                 * Properties of a SessionStarted.
                 * @typedef {Object} keywarden.identity.v1.SessionStarted.$Properties
                 * @property {string|null} [sessionId] SessionStarted sessionId
                 * @property {string|null} [userId] SessionStarted userId
                 * @property {string|null} [method] SessionStarted method
                 * @property {string|null} [identityProviderId] SessionStarted identityProviderId
                 * @property {string|null} [refreshTokenId] SessionStarted refreshTokenId
                 * @property {string|null} [refreshTokenFingerprint] SessionStarted refreshTokenFingerprint
                 * @property {google.protobuf.Timestamp.$Properties|null} [expiresAt] SessionStarted expiresAt
                 * @property {google.protobuf.Timestamp.$Properties|null} [idleExpiresAt] SessionStarted idleExpiresAt
                 * @property {string|null} [clientIp] SessionStarted clientIp
                 * @property {string|null} [userAgent] SessionStarted userAgent
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SessionStarted.
                 * @memberof keywarden.identity.v1
                 * @interface ISessionStarted
                 * @augments keywarden.identity.v1.SessionStarted.$Properties
                 * @deprecated Use keywarden.identity.v1.SessionStarted.$Properties instead.
                 */

                /**
                 * Shape of a SessionStarted.
                 * @typedef {keywarden.identity.v1.SessionStarted.$Properties} keywarden.identity.v1.SessionStarted.$Shape
                 */

                /**
                 * Constructs a new SessionStarted.
                 * @memberof keywarden.identity.v1
                 * @classdesc Represents a SessionStarted.
                 * @constructor
                 * @param {keywarden.identity.v1.SessionStarted.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SessionStarted = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SessionStarted sessionId.
                 * @member {string} sessionId
                 * @memberof keywarden.identity.v1.SessionStarted
                 * @instance
                 */
                SessionStarted.prototype.sessionId = "";

                /**
                 * SessionStarted userId.
                 * @member {string} userId
                 * @memberof keywarden.identity.v1.SessionStarted
                 * @instance
                 */
                SessionStarted.prototype.userId = "";

                /**
                 * SessionStarted method.
                 * @member {string} method
                 * @memberof keywarden.identity.v1.SessionStarted
                 * @instance
                 */
                SessionStarted.prototype.method = "";

                /**
                 * SessionStarted identityProviderId.
                 * @member {string} identityProviderId
                 * @memberof keywarden.identity.v1.SessionStarted
                 * @instance
                 */
                SessionStarted.prototype.identityProviderId = "";

                /**
                 * SessionStarted refreshTokenId.
                 * @member {string} refreshTokenId
                 * @memberof keywarden.identity.v1.SessionStarted
                 * @instance
                 */
                SessionStarted.prototype.refreshTokenId = "";

                /**
                 * SessionStarted refreshTokenFingerprint.
                 * @member {string} refreshTokenFingerprint
                 * @memberof keywarden.identity.v1.SessionStarted
                 * @instance
                 */
                SessionStarted.prototype.refreshTokenFingerprint = "";

                /**
                 * SessionStarted expiresAt.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} expiresAt
                 * @memberof keywarden.identity.v1.SessionStarted
                 * @instance
                 */
                SessionStarted.prototype.expiresAt = null;

                /**
                 * SessionStarted idleExpiresAt.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} idleExpiresAt
                 * @memberof keywarden.identity.v1.SessionStarted
                 * @instance
                 */
                SessionStarted.prototype.idleExpiresAt = null;

                /**
                 * SessionStarted clientIp.
                 * @member {string} clientIp
                 * @memberof keywarden.identity.v1.SessionStarted
                 * @instance
                 */
                SessionStarted.prototype.clientIp = "";

                /**
                 * SessionStarted userAgent.
                 * @member {string} userAgent
                 * @memberof keywarden.identity.v1.SessionStarted
                 * @instance
                 */
                SessionStarted.prototype.userAgent = "";

                /**
                 * Encodes the specified SessionStarted message. Does not implicitly {@link keywarden.identity.v1.SessionStarted.verify|verify} messages.
                 * @function encode
                 * @memberof keywarden.identity.v1.SessionStarted
                 * @static
                 * @param {keywarden.identity.v1.SessionStarted.$Properties} message SessionStarted message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SessionStarted.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sessionId);
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.userId);
                    if (message.method != null && $Object.hasOwnProperty.call(message, "method") && message.method !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.method);
                    if (message.identityProviderId != null && $Object.hasOwnProperty.call(message, "identityProviderId") && message.identityProviderId !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.identityProviderId);
                    if (message.refreshTokenId != null && $Object.hasOwnProperty.call(message, "refreshTokenId") && message.refreshTokenId !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.refreshTokenId);
                    if (message.refreshTokenFingerprint != null && $Object.hasOwnProperty.call(message, "refreshTokenFingerprint") && message.refreshTokenFingerprint !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.refreshTokenFingerprint);
                    if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt"))
                        $root.google.protobuf.Timestamp.encode(message.expiresAt, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.idleExpiresAt != null && $Object.hasOwnProperty.call(message, "idleExpiresAt"))
                        $root.google.protobuf.Timestamp.encode(message.idleExpiresAt, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                    if (message.clientIp != null && $Object.hasOwnProperty.call(message, "clientIp") && message.clientIp !== "")
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.clientIp);
                    if (message.userAgent != null && $Object.hasOwnProperty.call(message, "userAgent") && message.userAgent !== "")
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.userAgent);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SessionStarted message from the specified reader or buffer.
                 * @function decode
                 * @memberof keywarden.identity.v1.SessionStarted
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.SessionStarted & keywarden.identity.v1.SessionStarted.$Shape} SessionStarted
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SessionStarted.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.keywarden.identity.v1.SessionStarted();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sessionId = value;
                                else
                                    delete message.sessionId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.method = value;
                                else
                                    delete message.method;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.identityProviderId = value;
                                else
                                    delete message.identityProviderId;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.refreshTokenId = value;
                                else
                                    delete message.refreshTokenId;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.refreshTokenFingerprint = value;
                                else
                                    delete message.refreshTokenFingerprint;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                message.expiresAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.expiresAt);
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                message.idleExpiresAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.idleExpiresAt);
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.clientIp = value;
                                else
                                    delete message.clientIp;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userAgent = value;
                                else
                                    delete message.userAgent;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a SessionStarted message.
                 * @function verify
                 * @memberof keywarden.identity.v1.SessionStarted
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SessionStarted.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                        if (!$util.isString(message.sessionId))
                            return "sessionId: string expected";
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        if (!$util.isString(message.userId))
                            return "userId: string expected";
                    if (message.method != null && $Object.hasOwnProperty.call(message, "method"))
                        if (!$util.isString(message.method))
                            return "method: string expected";
                    if (message.identityProviderId != null && $Object.hasOwnProperty.call(message, "identityProviderId"))
                        if (!$util.isString(message.identityProviderId))
                            return "identityProviderId: string expected";
                    if (message.refreshTokenId != null && $Object.hasOwnProperty.call(message, "refreshTokenId"))
                        if (!$util.isString(message.refreshTokenId))
                            return "refreshTokenId: string expected";
                    if (message.refreshTokenFingerprint != null && $Object.hasOwnProperty.call(message, "refreshTokenFingerprint"))
                        if (!$util.isString(message.refreshTokenFingerprint))
                            return "refreshTokenFingerprint: string expected";
                    if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt")) {
                        let error = $root.google.protobuf.Timestamp.verify(message.expiresAt, _depth + 1);
                        if (error)
                            return "expiresAt." + error;
                    }
                    if (message.idleExpiresAt != null && $Object.hasOwnProperty.call(message, "idleExpiresAt")) {
                        let error = $root.google.protobuf.Timestamp.verify(message.idleExpiresAt, _depth + 1);
                        if (error)
                            return "idleExpiresAt." + error;
                    }
                    if (message.clientIp != null && $Object.hasOwnProperty.call(message, "clientIp"))
                        if (!$util.isString(message.clientIp))
                            return "clientIp: string expected";
                    if (message.userAgent != null && $Object.hasOwnProperty.call(message, "userAgent"))
                        if (!$util.isString(message.userAgent))
                            return "userAgent: string expected";
                    return null;
                };

                /**
                 * Creates a SessionStarted message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keywarden.identity.v1.SessionStarted
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {keywarden.identity.v1.SessionStarted} SessionStarted
                 */
                SessionStarted.fromObject = function (object, _depth) {
                    if (object instanceof $root.keywarden.identity.v1.SessionStarted)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".keywarden.identity.v1.SessionStarted: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.keywarden.identity.v1.SessionStarted();
                    if (object.sessionId != null)
                        if (typeof object.sessionId !== "string" || object.sessionId.length)
                            message.sessionId = $String(object.sessionId);
                    if (object.userId != null)
                        if (typeof object.userId !== "string" || object.userId.length)
                            message.userId = $String(object.userId);
                    if (object.method != null)
                        if (typeof object.method !== "string" || object.method.length)
                            message.method = $String(object.method);
                    if (object.identityProviderId != null)
                        if (typeof object.identityProviderId !== "string" || object.identityProviderId.length)
                            message.identityProviderId = $String(object.identityProviderId);
                    if (object.refreshTokenId != null)
                        if (typeof object.refreshTokenId !== "string" || object.refreshTokenId.length)
                            message.refreshTokenId = $String(object.refreshTokenId);
                    if (object.refreshTokenFingerprint != null)
                        if (typeof object.refreshTokenFingerprint !== "string" || object.refreshTokenFingerprint.length)
                            message.refreshTokenFingerprint = $String(object.refreshTokenFingerprint);
                    if (object.expiresAt != null) {
                        if (!$util.isObject(object.expiresAt))
                            throw $TypeError(".keywarden.identity.v1.SessionStarted.expiresAt: object expected");
                        message.expiresAt = $root.google.protobuf.Timestamp.fromObject(object.expiresAt, _depth + 1);
                    }
                    if (object.idleExpiresAt != null) {
                        if (!$util.isObject(object.idleExpiresAt))
                            throw $TypeError(".keywarden.identity.v1.SessionStarted.idleExpiresAt: object expected");
                        message.idleExpiresAt = $root.google.protobuf.Timestamp.fromObject(object.idleExpiresAt, _depth + 1);
                    }
                    if (object.clientIp != null)
                        if (typeof object.clientIp !== "string" || object.clientIp.length)
                            message.clientIp = $String(object.clientIp);
                    if (object.userAgent != null)
                        if (typeof object.userAgent !== "string" || object.userAgent.length)
                            message.userAgent = $String(object.userAgent);
                    return message;
                };

                /**
                 * Creates a plain object from a SessionStarted message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keywarden.identity.v1.SessionStarted
                 * @static
                 * @param {keywarden.identity.v1.SessionStarted} message SessionStarted
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SessionStarted.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sessionId = "";
                        object.userId = "";
                        object.method = "";
                        object.identityProviderId = "";
                        object.refreshTokenId = "";
                        object.refreshTokenFingerprint = "";
                        object.expiresAt = null;
                        object.idleExpiresAt = null;
                        object.clientIp = "";
                        object.userAgent = "";
                    }
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                        object.sessionId = message.sessionId;
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        object.userId = message.userId;
                    if (message.method != null && $Object.hasOwnProperty.call(message, "method"))
                        object.method = message.method;
                    if (message.identityProviderId != null && $Object.hasOwnProperty.call(message, "identityProviderId"))
                        object.identityProviderId = message.identityProviderId;
                    if (message.refreshTokenId != null && $Object.hasOwnProperty.call(message, "refreshTokenId"))
                        object.refreshTokenId = message.refreshTokenId;
                    if (message.refreshTokenFingerprint != null && $Object.hasOwnProperty.call(message, "refreshTokenFingerprint"))
                        object.refreshTokenFingerprint = message.refreshTokenFingerprint;
                    if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt"))
                        object.expiresAt = $root.google.protobuf.Timestamp.toObject(message.expiresAt, options, _depth + 1);
                    if (message.idleExpiresAt != null && $Object.hasOwnProperty.call(message, "idleExpiresAt"))
                        object.idleExpiresAt = $root.google.protobuf.Timestamp.toObject(message.idleExpiresAt, options, _depth + 1);
                    if (message.clientIp != null && $Object.hasOwnProperty.call(message, "clientIp"))
                        object.clientIp = message.clientIp;
                    if (message.userAgent != null && $Object.hasOwnProperty.call(message, "userAgent"))
                        object.userAgent = message.userAgent;
                    return object;
                };

                /**
                 * Converts this SessionStarted to JSON.
                 * @function toJSON
                 * @memberof keywarden.identity.v1.SessionStarted
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SessionStarted.prototype.toJSON = function() {
                    return SessionStarted.toObject(this, $protobuf.util.toJSONOptions);
                };

                return SessionStarted;
            })();

            v1.SessionRefreshed = (function() {

                /**
                 * Properties of a SessionRefreshed.
                 * @typedef {Object} keywarden.identity.v1.SessionRefreshed.$Properties
                 * @property {string|null} [sessionId] SessionRefreshed sessionId
                 * @property {string|null} [userId] SessionRefreshed userId
                 * @property {number|null} [generation] SessionRefreshed generation
                 * @property {string|null} [refreshTokenId] SessionRefreshed refreshTokenId
                 * @property {string|null} [refreshTokenFingerprint] SessionRefreshed refreshTokenFingerprint
                 * @property {string|null} [previousRefreshTokenId] SessionRefreshed previousRefreshTokenId
                 * @property {google.protobuf.Timestamp.$Properties|null} [idleExpiresAt] SessionRefreshed idleExpiresAt
                 * @property {string|null} [clientIp] SessionRefreshed clientIp
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SessionRefreshed.
                 * @memberof keywarden.identity.v1
                 * @interface ISessionRefreshed
                 * @augments keywarden.identity.v1.SessionRefreshed.$Properties
                 * @deprecated Use keywarden.identity.v1.SessionRefreshed.$Properties instead.
                 */

                /**
                 * Shape of a SessionRefreshed.
                 * @typedef {keywarden.identity.v1.SessionRefreshed.$Properties} keywarden.identity.v1.SessionRefreshed.$Shape
                 */

                /**
                 * Constructs a new SessionRefreshed.
                 * @memberof keywarden.identity.v1
                 * @classdesc Represents a SessionRefreshed.
                 * @constructor
                 * @param {keywarden.identity.v1.SessionRefreshed.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SessionRefreshed = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SessionRefreshed sessionId.
                 * @member {string} sessionId
                 * @memberof keywarden.identity.v1.SessionRefreshed
                 * @instance
                 */
                SessionRefreshed.prototype.sessionId = "";

                /**
                 * SessionRefreshed userId.
                 * @member {string} userId
                 * @memberof keywarden.identity.v1.SessionRefreshed
                 * @instance
                 */
                SessionRefreshed.prototype.userId = "";

                /**
                 * SessionRefreshed generation.
                 * @member {number} generation
                 * @memberof keywarden.identity.v1.SessionRefreshed
                 * @instance
                 */
                SessionRefreshed.prototype.generation = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * SessionRefreshed refreshTokenId.
                 * @member {string} refreshTokenId
                 * @memberof keywarden.identity.v1.SessionRefreshed
                 * @instance
                 */
                SessionRefreshed.prototype.refreshTokenId = "";

                /**
                 * SessionRefreshed refreshTokenFingerprint.
                 * @member {string} refreshTokenFingerprint
                 * @memberof keywarden.identity.v1.SessionRefreshed
                 * @instance
                 */
                SessionRefreshed.prototype.refreshTokenFingerprint = "";

                /**
                 * SessionRefreshed previousRefreshTokenId.
                 * @member {string} previousRefreshTokenId
                 * @memberof keywarden.identity.v1.SessionRefreshed
                 * @instance
                 */
                SessionRefreshed.prototype.previousRefreshTokenId = "";

                /**
                 * SessionRefreshed idleExpiresAt.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} idleExpiresAt
                 * @memberof keywarden.identity.v1.SessionRefreshed
                 * @instance
                 */
                SessionRefreshed.prototype.idleExpiresAt = null;

                /**
                 * SessionRefreshed clientIp.
                 * @member {string} clientIp
                 * @memberof keywarden.identity.v1.SessionRefreshed
                 * @instance
                 */
                SessionRefreshed.prototype.clientIp = "";

                /**
                 * Encodes the specified SessionRefreshed message. Does not implicitly {@link keywarden.identity.v1.SessionRefreshed.verify|verify} messages.
                 * @function encode
                 * @memberof keywarden.identity.v1.SessionRefreshed
                 * @static
                 * @param {keywarden.identity.v1.SessionRefreshed.$Properties} message SessionRefreshed message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SessionRefreshed.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sessionId);
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.userId);
                    if (message.generation != null && $Object.hasOwnProperty.call(message, "generation") && (typeof message.generation === "object" ? message.generation.low || message.generation.high : message.generation !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).int64(message.generation);
                    if (message.refreshTokenId != null && $Object.hasOwnProperty.call(message, "refreshTokenId") && message.refreshTokenId !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.refreshTokenId);
                    if (message.refreshTokenFingerprint != null && $Object.hasOwnProperty.call(message, "refreshTokenFingerprint") && message.refreshTokenFingerprint !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.refreshTokenFingerprint);
                    if (message.previousRefreshTokenId != null && $Object.hasOwnProperty.call(message, "previousRefreshTokenId") && message.previousRefreshTokenId !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.previousRefreshTokenId);
                    if (message.idleExpiresAt != null && $Object.hasOwnProperty.call(message, "idleExpiresAt"))
                        $root.google.protobuf.Timestamp.encode(message.idleExpiresAt, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.clientIp != null && $Object.hasOwnProperty.call(message, "clientIp") && message.clientIp !== "")
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.clientIp);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SessionRefreshed message from the specified reader or buffer.
                 * @function decode
                 * @memberof keywarden.identity.v1.SessionRefreshed
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.SessionRefreshed & keywarden.identity.v1.SessionRefreshed.$Shape} SessionRefreshed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SessionRefreshed.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.keywarden.identity.v1.SessionRefreshed();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sessionId = value;
                                else
                                    delete message.sessionId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.generation = value;
                                else
                                    delete message.generation;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.refreshTokenId = value;
                                else
                                    delete message.refreshTokenId;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.refreshTokenFingerprint = value;
                                else
                                    delete message.refreshTokenFingerprint;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.previousRefreshTokenId = value;
                                else
                                    delete message.previousRefreshTokenId;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                message.idleExpiresAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.idleExpiresAt);
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.clientIp = value;
                                else
                                    delete message.clientIp;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a SessionRefreshed message.
                 * @function verify
                 * @memberof keywarden.identity.v1.SessionRefreshed
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SessionRefreshed.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                        if (!$util.isString(message.sessionId))
                            return "sessionId: string expected";
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        if (!$util.isString(message.userId))
                            return "userId: string expected";
                    if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                        if (!$util.isInteger(message.generation) && !(message.generation && $util.isInteger(message.generation.low) && $util.isInteger(message.generation.high)))
                            return "generation: integer|Long expected";
                    if (message.refreshTokenId != null && $Object.hasOwnProperty.call(message, "refreshTokenId"))
                        if (!$util.isString(message.refreshTokenId))
                            return "refreshTokenId: string expected";
                    if (message.refreshTokenFingerprint != null && $Object.hasOwnProperty.call(message, "refreshTokenFingerprint"))
                        if (!$util.isString(message.refreshTokenFingerprint))
                            return "refreshTokenFingerprint: string expected";
                    if (message.previousRefreshTokenId != null && $Object.hasOwnProperty.call(message, "previousRefreshTokenId"))
                        if (!$util.isString(message.previousRefreshTokenId))
                            return "previousRefreshTokenId: string expected";
                    if (message.idleExpiresAt != null && $Object.hasOwnProperty.call(message, "idleExpiresAt")) {
                        let error = $root.google.protobuf.Timestamp.verify(message.idleExpiresAt, _depth + 1);
                        if (error)
                            return "idleExpiresAt." + error;
                    }
                    if (message.clientIp != null && $Object.hasOwnProperty.call(message, "clientIp"))
                        if (!$util.isString(message.clientIp))
                            return "clientIp: string expected";
                    return null;
                };

                /**
                 * Creates a SessionRefreshed message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keywarden.identity.v1.SessionRefreshed
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {keywarden.identity.v1.SessionRefreshed} SessionRefreshed
                 */
                SessionRefreshed.fromObject = function (object, _depth) {
                    if (object instanceof $root.keywarden.identity.v1.SessionRefreshed)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".keywarden.identity.v1.SessionRefreshed: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.keywarden.identity.v1.SessionRefreshed();
                    if (object.sessionId != null)
                        if (typeof object.sessionId !== "string" || object.sessionId.length)
                            message.sessionId = $String(object.sessionId);
                    if (object.userId != null)
                        if (typeof object.userId !== "string" || object.userId.length)
                            message.userId = $String(object.userId);
                    if (object.generation != null)
                        if (typeof object.generation === "object" ? object.generation.low || object.generation.high : $Number(object.generation) !== 0)
                            if ($util.Long)
                                message.generation = $util.Long.fromValue(object.generation, false);
                            else if (typeof object.generation === "string")
                                message.generation = $parseInt(object.generation, 10);
                            else if (typeof object.generation === "number")
                                message.generation = object.generation;
                            else if (typeof object.generation === "object")
                                message.generation = new $util.LongBits(object.generation.low >>> 0, object.generation.high >>> 0).toNumber();
                    if (object.refreshTokenId != null)
                        if (typeof object.refreshTokenId !== "string" || object.refreshTokenId.length)
                            message.refreshTokenId = $String(object.refreshTokenId);
                    if (object.refreshTokenFingerprint != null)
                        if (typeof object.refreshTokenFingerprint !== "string" || object.refreshTokenFingerprint.length)
                            message.refreshTokenFingerprint = $String(object.refreshTokenFingerprint);
                    if (object.previousRefreshTokenId != null)
                        if (typeof object.previousRefreshTokenId !== "string" || object.previousRefreshTokenId.length)
                            message.previousRefreshTokenId = $String(object.previousRefreshTokenId);
                    if (object.idleExpiresAt != null) {
                        if (!$util.isObject(object.idleExpiresAt))
                            throw $TypeError(".keywarden.identity.v1.SessionRefreshed.idleExpiresAt: object expected");
                        message.idleExpiresAt = $root.google.protobuf.Timestamp.fromObject(object.idleExpiresAt, _depth + 1);
                    }
                    if (object.clientIp != null)
                        if (typeof object.clientIp !== "string" || object.clientIp.length)
                            message.clientIp = $String(object.clientIp);
                    return message;
                };

                /**
                 * Creates a plain object from a SessionRefreshed message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keywarden.identity.v1.SessionRefreshed
                 * @static
                 * @param {keywarden.identity.v1.SessionRefreshed} message SessionRefreshed
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SessionRefreshed.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sessionId = "";
                        object.userId = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.generation = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.generation = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.refreshTokenId = "";
                        object.refreshTokenFingerprint = "";
                        object.previousRefreshTokenId = "";
                        object.idleExpiresAt = null;
                        object.clientIp = "";
                    }
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                        object.sessionId = message.sessionId;
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        object.userId = message.userId;
                    if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.generation = typeof message.generation === "number" ? $BigInt(message.generation) : $util.Long.fromBits(message.generation.low >>> 0, message.generation.high >>> 0, false).toBigInt();
                        else if (typeof message.generation === "number")
                            object.generation = options.longs === $String ? $String(message.generation) : message.generation;
                        else
                            object.generation = options.longs === $String ? $util.Long.prototype.toString.call(message.generation) : options.longs === $Number ? new $util.LongBits(message.generation.low >>> 0, message.generation.high >>> 0).toNumber() : message.generation;
                    if (message.refreshTokenId != null && $Object.hasOwnProperty.call(message, "refreshTokenId"))
                        object.refreshTokenId = message.refreshTokenId;
                    if (message.refreshTokenFingerprint != null && $Object.hasOwnProperty.call(message, "refreshTokenFingerprint"))
                        object.refreshTokenFingerprint = message.refreshTokenFingerprint;
                    if (message.previousRefreshTokenId != null && $Object.hasOwnProperty.call(message, "previousRefreshTokenId"))
                        object.previousRefreshTokenId = message.previousRefreshTokenId;
                    if (message.idleExpiresAt != null && $Object.hasOwnProperty.call(message, "idleExpiresAt"))
                        object.idleExpiresAt = $root.google.protobuf.Timestamp.toObject(message.idleExpiresAt, options, _depth + 1);
                    if (message.clientIp != null && $Object.hasOwnProperty.call(message, "clientIp"))
                        object.clientIp = message.clientIp;
                    return object;
                };

                /**
                 * Converts this SessionRefreshed to JSON.
                 * @function toJSON
                 * @memberof keywarden.identity.v1.SessionRefreshed
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SessionRefreshed.prototype.toJSON = function() {
                    return SessionRefreshed.toObject(this, $protobuf.util.toJSONOptions);
                };

                return SessionRefreshed;
            })();

            v1.RefreshTokenReuseDetected = (function() {

                /**
                 * Properties of a RefreshTokenReuseDetected.
                 * @typedef {Object} keywarden.identity.v1.RefreshTokenReuseDetected.$Properties
                 * @property {string|null} [sessionId] RefreshTokenReuseDetected sessionId
                 * @property {string|null} [userId] RefreshTokenReuseDetected userId
                 * @property {string|null} [reusedRefreshTokenId] RefreshTokenReuseDetected reusedRefreshTokenId
                 * @property {number|null} [reusedGeneration] RefreshTokenReuseDetected reusedGeneration
                 * @property {number|null} [currentGeneration] RefreshTokenReuseDetected currentGeneration
                 * @property {string|null} [clientIp] RefreshTokenReuseDetected clientIp
                 * @property {string|null} [userAgent] RefreshTokenReuseDetected userAgent
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RefreshTokenReuseDetected.
                 * @memberof keywarden.identity.v1
                 * @interface IRefreshTokenReuseDetected
                 * @augments keywarden.identity.v1.RefreshTokenReuseDetected.$Properties
                 * @deprecated Use keywarden.identity.v1.RefreshTokenReuseDetected.$Properties instead.
                 */

                /**
                 * Shape of a RefreshTokenReuseDetected.
                 * @typedef {keywarden.identity.v1.RefreshTokenReuseDetected.$Properties} keywarden.identity.v1.RefreshTokenReuseDetected.$Shape
                 */

                /**
                 * Constructs a new RefreshTokenReuseDetected.
                 * @memberof keywarden.identity.v1
                 * @classdesc Represents a RefreshTokenReuseDetected.
                 * @constructor
                 * @param {keywarden.identity.v1.RefreshTokenReuseDetected.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RefreshTokenReuseDetected = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RefreshTokenReuseDetected sessionId.
                 * @member {string} sessionId
                 * @memberof keywarden.identity.v1.RefreshTokenReuseDetected
                 * @instance
                 */
                RefreshTokenReuseDetected.prototype.sessionId = "";

                /**
                 * RefreshTokenReuseDetected userId.
                 * @member {string} userId
                 * @memberof keywarden.identity.v1.RefreshTokenReuseDetected
                 * @instance
                 */
                RefreshTokenReuseDetected.prototype.userId = "";

                /**
                 * RefreshTokenReuseDetected reusedRefreshTokenId.
                 * @member {string} reusedRefreshTokenId
                 * @memberof keywarden.identity.v1.RefreshTokenReuseDetected
                 * @instance
                 */
                RefreshTokenReuseDetected.prototype.reusedRefreshTokenId = "";

                /**
                 * RefreshTokenReuseDetected reusedGeneration.
                 * @member {number} reusedGeneration
                 * @memberof keywarden.identity.v1.RefreshTokenReuseDetected
                 * @instance
                 */
                RefreshTokenReuseDetected.prototype.reusedGeneration = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * RefreshTokenReuseDetected currentGeneration.
                 * @member {number} currentGeneration
                 * @memberof keywarden.identity.v1.RefreshTokenReuseDetected
                 * @instance
                 */
                RefreshTokenReuseDetected.prototype.currentGeneration = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * RefreshTokenReuseDetected clientIp.
                 * @member {string} clientIp
                 * @memberof keywarden.identity.v1.RefreshTokenReuseDetected
                 * @instance
                 */
                RefreshTokenReuseDetected.prototype.clientIp = "";

                /**
                 * RefreshTokenReuseDetected userAgent.
                 * @member {string} userAgent
                 * @memberof keywarden.identity.v1.RefreshTokenReuseDetected
                 * @instance
                 */
                RefreshTokenReuseDetected.prototype.userAgent = "";

                /**
                 * Encodes the specified RefreshTokenReuseDetected message. Does not implicitly {@link keywarden.identity.v1.RefreshTokenReuseDetected.verify|verify} messages.
                 * @function encode
                 * @memberof keywarden.identity.v1.RefreshTokenReuseDetected
                 * @static
                 * @param {keywarden.identity.v1.RefreshTokenReuseDetected.$Properties} message RefreshTokenReuseDetected message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RefreshTokenReuseDetected.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sessionId);
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.userId);
                    if (message.reusedRefreshTokenId != null && $Object.hasOwnProperty.call(message, "reusedRefreshTokenId") && message.reusedRefreshTokenId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.reusedRefreshTokenId);
                    if (message.reusedGeneration != null && $Object.hasOwnProperty.call(message, "reusedGeneration") && (typeof message.reusedGeneration === "object" ? message.reusedGeneration.low || message.reusedGeneration.high : message.reusedGeneration !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).int64(message.reusedGeneration);
                    if (message.currentGeneration != null && $Object.hasOwnProperty.call(message, "currentGeneration") && (typeof message.currentGeneration === "object" ? message.currentGeneration.low || message.currentGeneration.high : message.currentGeneration !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).int64(message.currentGeneration);
                    if (message.clientIp != null && $Object.hasOwnProperty.call(message, "clientIp") && message.clientIp !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.clientIp);
                    if (message.userAgent != null && $Object.hasOwnProperty.call(message, "userAgent") && message.userAgent !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.userAgent);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RefreshTokenReuseDetected message from the specified reader or buffer.
                 * @function decode
                 * @memberof keywarden.identity.v1.RefreshTokenReuseDetected
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.RefreshTokenReuseDetected & keywarden.identity.v1.RefreshTokenReuseDetected.$Shape} RefreshTokenReuseDetected
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RefreshTokenReuseDetected.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.keywarden.identity.v1.RefreshTokenReuseDetected();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sessionId = value;
                                else
                                    delete message.sessionId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reusedRefreshTokenId = value;
                                else
                                    delete message.reusedRefreshTokenId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.reusedGeneration = value;
                                else
                                    delete message.reusedGeneration;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.currentGeneration = value;
                                else
                                    delete message.currentGeneration;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.clientIp = value;
                                else
                                    delete message.clientIp;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userAgent = value;
                                else
                                    delete message.userAgent;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a RefreshTokenReuseDetected message.
                 * @function verify
                 * @memberof keywarden.identity.v1.RefreshTokenReuseDetected
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RefreshTokenReuseDetected.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                        if (!$util.isString(message.sessionId))
                            return "sessionId: string expected";
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        if (!$util.isString(message.userId))
                            return "userId: string expected";
                    if (message.reusedRefreshTokenId != null && $Object.hasOwnProperty.call(message, "reusedRefreshTokenId"))
                        if (!$util.isString(message.reusedRefreshTokenId))
                            return "reusedRefreshTokenId: string expected";
                    if (message.reusedGeneration != null && $Object.hasOwnProperty.call(message, "reusedGeneration"))
                        if (!$util.isInteger(message.reusedGeneration) && !(message.reusedGeneration && $util.isInteger(message.reusedGeneration.low) && $util.isInteger(message.reusedGeneration.high)))
                            return "reusedGeneration: integer|Long expected";
                    if (message.currentGeneration != null && $Object.hasOwnProperty.call(message, "currentGeneration"))
                        if (!$util.isInteger(message.currentGeneration) && !(message.currentGeneration && $util.isInteger(message.currentGeneration.low) && $util.isInteger(message.currentGeneration.high)))
                            return "currentGeneration: integer|Long expected";
                    if (message.clientIp != null && $Object.hasOwnProperty.call(message, "clientIp"))
                        if (!$util.isString(message.clientIp))
                            return "clientIp: string expected";
                    if (message.userAgent != null && $Object.hasOwnProperty.call(message, "userAgent"))
                        if (!$util.isString(message.userAgent))
                            return "userAgent: string expected";
                    return null;
                };

                /**
                 * Creates a RefreshTokenReuseDetected message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keywarden.identity.v1.RefreshTokenReuseDetected
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {keywarden.identity.v1.RefreshTokenReuseDetected} RefreshTokenReuseDetected
                 */
                RefreshTokenReuseDetected.fromObject = function (object, _depth) {
                    if (object instanceof $root.keywarden.identity.v1.RefreshTokenReuseDetected)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".keywarden.identity.v1.RefreshTokenReuseDetected: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.keywarden.identity.v1.RefreshTokenReuseDetected();
                    if (object.sessionId != null)
                        if (typeof object.sessionId !== "string" || object.sessionId.length)
                            message.sessionId = $String(object.sessionId);
                    if (object.userId != null)
                        if (typeof object.userId !== "string" || object.userId.length)
                            message.userId = $String(object.userId);
                    if (object.reusedRefreshTokenId != null)
                        if (typeof object.reusedRefreshTokenId !== "string" || object.reusedRefreshTokenId.length)
                            message.reusedRefreshTokenId = $String(object.reusedRefreshTokenId);
                    if (object.reusedGeneration != null)
                        if (typeof object.reusedGeneration === "object" ? object.reusedGeneration.low || object.reusedGeneration.high : $Number(object.reusedGeneration) !== 0)
                            if ($util.Long)
                                message.reusedGeneration = $util.Long.fromValue(object.reusedGeneration, false);
                            else if (typeof object.reusedGeneration === "string")
                                message.reusedGeneration = $parseInt(object.reusedGeneration, 10);
                            else if (typeof object.reusedGeneration === "number")
                                message.reusedGeneration = object.reusedGeneration;
                            else if (typeof object.reusedGeneration === "object")
                                message.reusedGeneration = new $util.LongBits(object.reusedGeneration.low >>> 0, object.reusedGeneration.high >>> 0).toNumber();
                    if (object.currentGeneration != null)
                        if (typeof object.currentGeneration === "object" ? object.currentGeneration.low || object.currentGeneration.high : $Number(object.currentGeneration) !== 0)
                            if ($util.Long)
                                message.currentGeneration = $util.Long.fromValue(object.currentGeneration, false);
                            else if (typeof object.currentGeneration === "string")
                                message.currentGeneration = $parseInt(object.currentGeneration, 10);
                            else if (typeof object.currentGeneration === "number")
                                message.currentGeneration = object.currentGeneration;
                            else if (typeof object.currentGeneration === "object")
                                message.currentGeneration = new $util.LongBits(object.currentGeneration.low >>> 0, object.currentGeneration.high >>> 0).toNumber();
                    if (object.clientIp != null)
                        if (typeof object.clientIp !== "string" || object.clientIp.length)
                            message.clientIp = $String(object.clientIp);
                    if (object.userAgent != null)
                        if (typeof object.userAgent !== "string" || object.userAgent.length)
                            message.userAgent = $String(object.userAgent);
                    return message;
                };

                /**
                 * Creates a plain object from a RefreshTokenReuseDetected message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keywarden.identity.v1.RefreshTokenReuseDetected
                 * @static
                 * @param {keywarden.identity.v1.RefreshTokenReuseDetected} message RefreshTokenReuseDetected
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RefreshTokenReuseDetected.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sessionId = "";
                        object.userId = "";
                        object.reusedRefreshTokenId = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.reusedGeneration = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.reusedGeneration = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.currentGeneration = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.currentGeneration = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.clientIp = "";
                        object.userAgent = "";
                    }
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                        object.sessionId = message.sessionId;
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        object.userId = message.userId;
                    if (message.reusedRefreshTokenId != null && $Object.hasOwnProperty.call(message, "reusedRefreshTokenId"))
                        object.reusedRefreshTokenId = message.reusedRefreshTokenId;
                    if (message.reusedGeneration != null && $Object.hasOwnProperty.call(message, "reusedGeneration"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.reusedGeneration = typeof message.reusedGeneration === "number" ? $BigInt(message.reusedGeneration) : $util.Long.fromBits(message.reusedGeneration.low >>> 0, message.reusedGeneration.high >>> 0, false).toBigInt();
                        else if (typeof message.reusedGeneration === "number")
                            object.reusedGeneration = options.longs === $String ? $String(message.reusedGeneration) : message.reusedGeneration;
                        else
                            object.reusedGeneration = options.longs === $String ? $util.Long.prototype.toString.call(message.reusedGeneration) : options.longs === $Number ? new $util.LongBits(message.reusedGeneration.low >>> 0, message.reusedGeneration.high >>> 0).toNumber() : message.reusedGeneration;
                    if (message.currentGeneration != null && $Object.hasOwnProperty.call(message, "currentGeneration"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.currentGeneration = typeof message.currentGeneration === "number" ? $BigInt(message.currentGeneration) : $util.Long.fromBits(message.currentGeneration.low >>> 0, message.currentGeneration.high >>> 0, false).toBigInt();
                        else if (typeof message.currentGeneration === "number")
                            object.currentGeneration = options.longs === $String ? $String(message.currentGeneration) : message.currentGeneration;
                        else
                            object.currentGeneration = options.longs === $String ? $util.Long.prototype.toString.call(message.currentGeneration) : options.longs === $Number ? new $util.LongBits(message.currentGeneration.low >>> 0, message.currentGeneration.high >>> 0).toNumber() : message.currentGeneration;
                    if (message.clientIp != null && $Object.hasOwnProperty.call(message, "clientIp"))
                        object.clientIp = message.clientIp;
                    if (message.userAgent != null && $Object.hasOwnProperty.call(message, "userAgent"))
                        object.userAgent = message.userAgent;
                    return object;
                };

                /**
                 * Converts this RefreshTokenReuseDetected to JSON.
                 * @function toJSON
                 * @memberof keywarden.identity.v1.RefreshTokenReuseDetected
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RefreshTokenReuseDetected.prototype.toJSON = function() {
                    return RefreshTokenReuseDetected.toObject(this, $protobuf.util.toJSONOptions);
                };

                return RefreshTokenReuseDetected;
            })();

            v1.SessionRevoked = (function() {

                /**
                 * Properties of a SessionRevoked.
                 * @typedef {Object} keywarden.identity.v1.SessionRevoked.$Properties
                 * @property {string|null} [sessionId] SessionRevoked sessionId
                 * @property {string|null} [userId] SessionRevoked userId
                 * @property {string|null} [reason] SessionRevoked reason
                 * @property {string|null} [actorUserId] SessionRevoked actorUserId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SessionRevoked.
                 * @memberof keywarden.identity.v1
                 * @interface ISessionRevoked
                 * @augments keywarden.identity.v1.SessionRevoked.$Properties
                 * @deprecated Use keywarden.identity.v1.SessionRevoked.$Properties instead.
                 */

                /**
                 * Shape of a SessionRevoked.
                 * @typedef {keywarden.identity.v1.SessionRevoked.$Properties} keywarden.identity.v1.SessionRevoked.$Shape
                 */

                /**
                 * Constructs a new SessionRevoked.
                 * @memberof keywarden.identity.v1
                 * @classdesc Represents a SessionRevoked.
                 * @constructor
                 * @param {keywarden.identity.v1.SessionRevoked.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SessionRevoked = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SessionRevoked sessionId.
                 * @member {string} sessionId
                 * @memberof keywarden.identity.v1.SessionRevoked
                 * @instance
                 */
                SessionRevoked.prototype.sessionId = "";

                /**
                 * SessionRevoked userId.
                 * @member {string} userId
                 * @memberof keywarden.identity.v1.SessionRevoked
                 * @instance
                 */
                SessionRevoked.prototype.userId = "";

                /**
                 * SessionRevoked reason.
                 * @member {string} reason
                 * @memberof keywarden.identity.v1.SessionRevoked
                 * @instance
                 */
                SessionRevoked.prototype.reason = "";

                /**
                 * SessionRevoked actorUserId.
                 * @member {string} actorUserId
                 * @memberof keywarden.identity.v1.SessionRevoked
                 * @instance
                 */
                SessionRevoked.prototype.actorUserId = "";

                /**
                 * Encodes the specified SessionRevoked message. Does not implicitly {@link keywarden.identity.v1.SessionRevoked.verify|verify} messages.
                 * @function encode
                 * @memberof keywarden.identity.v1.SessionRevoked
                 * @static
                 * @param {keywarden.identity.v1.SessionRevoked.$Properties} message SessionRevoked message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SessionRevoked.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sessionId);
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.userId);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId") && message.actorUserId !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.actorUserId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SessionRevoked message from the specified reader or buffer.
                 * @function decode
                 * @memberof keywarden.identity.v1.SessionRevoked
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.SessionRevoked & keywarden.identity.v1.SessionRevoked.$Shape} SessionRevoked
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SessionRevoked.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.keywarden.identity.v1.SessionRevoked();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sessionId = value;
                                else
                                    delete message.sessionId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.actorUserId = value;
                                else
                                    delete message.actorUserId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a SessionRevoked message.
                 * @function verify
                 * @memberof keywarden.identity.v1.SessionRevoked
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SessionRevoked.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                        if (!$util.isString(message.sessionId))
                            return "sessionId: string expected";
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        if (!$util.isString(message.userId))
                            return "userId: string expected";
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        if (!$util.isString(message.reason))
                            return "reason: string expected";
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId"))
                        if (!$util.isString(message.actorUserId))
                            return "actorUserId: string expected";
                    return null;
                };

                /**
                 * Creates a SessionRevoked message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keywarden.identity.v1.SessionRevoked
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {keywarden.identity.v1.SessionRevoked} SessionRevoked
                 */
                SessionRevoked.fromObject = function (object, _depth) {
                    if (object instanceof $root.keywarden.identity.v1.SessionRevoked)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".keywarden.identity.v1.SessionRevoked: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.keywarden.identity.v1.SessionRevoked();
                    if (object.sessionId != null)
                        if (typeof object.sessionId !== "string" || object.sessionId.length)
                            message.sessionId = $String(object.sessionId);
                    if (object.userId != null)
                        if (typeof object.userId !== "string" || object.userId.length)
                            message.userId = $String(object.userId);
                    if (object.reason != null)
                        if (typeof object.reason !== "string" || object.reason.length)
                            message.reason = $String(object.reason);
                    if (object.actorUserId != null)
                        if (typeof object.actorUserId !== "string" || object.actorUserId.length)
                            message.actorUserId = $String(object.actorUserId);
                    return message;
                };

                /**
                 * Creates a plain object from a SessionRevoked message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keywarden.identity.v1.SessionRevoked
                 * @static
                 * @param {keywarden.identity.v1.SessionRevoked} message SessionRevoked
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SessionRevoked.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sessionId = "";
                        object.userId = "";
                        object.reason = "";
                        object.actorUserId = "";
                    }
                    if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                        object.sessionId = message.sessionId;
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        object.userId = message.userId;
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        object.reason = message.reason;
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId"))
                        object.actorUserId = message.actorUserId;
                    return object;
                };

                /**
                 * Converts this SessionRevoked to JSON.
                 * @function toJSON
                 * @memberof keywarden.identity.v1.SessionRevoked
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SessionRevoked.prototype.toJSON = function() {
                    return SessionRevoked.toObject(this, $protobuf.util.toJSONOptions);
                };

                return SessionRevoked;
            })();

            v1.SigningKeyRotated = (function() {

                /**
                 * Properties of a SigningKeyRotated.
                 * @typedef {Object} keywarden.identity.v1.SigningKeyRotated.$Properties
                 * @property {string|null} [keyId] SigningKeyRotated keyId
                 * @property {string|null} [algorithm] SigningKeyRotated algorithm
                 * @property {string|null} [publicKeyFingerprint] SigningKeyRotated publicKeyFingerprint
                 * @property {string|null} [previousKeyId] SigningKeyRotated previousKeyId
                 * @property {google.protobuf.Timestamp.$Properties|null} [retirePreviousAt] SigningKeyRotated retirePreviousAt
                 * @property {string|null} [actorUserId] SigningKeyRotated actorUserId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SigningKeyRotated.
                 * @memberof keywarden.identity.v1
                 * @interface ISigningKeyRotated
                 * @augments keywarden.identity.v1.SigningKeyRotated.$Properties
                 * @deprecated Use keywarden.identity.v1.SigningKeyRotated.$Properties instead.
                 */

                /**
                 * Shape of a SigningKeyRotated.
                 * @typedef {keywarden.identity.v1.SigningKeyRotated.$Properties} keywarden.identity.v1.SigningKeyRotated.$Shape
                 */

                /**
                 * Constructs a new SigningKeyRotated.
                 * @memberof keywarden.identity.v1
                 * @classdesc Represents a SigningKeyRotated.
                 * @constructor
                 * @param {keywarden.identity.v1.SigningKeyRotated.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SigningKeyRotated = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SigningKeyRotated keyId.
                 * @member {string} keyId
                 * @memberof keywarden.identity.v1.SigningKeyRotated
                 * @instance
                 */
                SigningKeyRotated.prototype.keyId = "";

                /**
                 * SigningKeyRotated algorithm.
                 * @member {string} algorithm
                 * @memberof keywarden.identity.v1.SigningKeyRotated
                 * @instance
                 */
                SigningKeyRotated.prototype.algorithm = "";

                /**
                 * SigningKeyRotated publicKeyFingerprint.
                 * @member {string} publicKeyFingerprint
                 * @memberof keywarden.identity.v1.SigningKeyRotated
                 * @instance
                 */
                SigningKeyRotated.prototype.publicKeyFingerprint = "";

                /**
                 * SigningKeyRotated previousKeyId.
                 * @member {string} previousKeyId
                 * @memberof keywarden.identity.v1.SigningKeyRotated
                 * @instance
                 */
                SigningKeyRotated.prototype.previousKeyId = "";

                /**
                 * SigningKeyRotated retirePreviousAt.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} retirePreviousAt
                 * @memberof keywarden.identity.v1.SigningKeyRotated
                 * @instance
                 */
                SigningKeyRotated.prototype.retirePreviousAt = null;

                /**
                 * SigningKeyRotated actorUserId.
                 * @member {string} actorUserId
                 * @memberof keywarden.identity.v1.SigningKeyRotated
                 * @instance
                 */
                SigningKeyRotated.prototype.actorUserId = "";

                /**
                 * Encodes the specified SigningKeyRotated message. Does not implicitly {@link keywarden.identity.v1.SigningKeyRotated.verify|verify} messages.
                 * @function encode
                 * @memberof keywarden.identity.v1.SigningKeyRotated
                 * @static
                 * @param {keywarden.identity.v1.SigningKeyRotated.$Properties} message SigningKeyRotated message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SigningKeyRotated.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.keyId);
                    if (message.algorithm != null && $Object.hasOwnProperty.call(message, "algorithm") && message.algorithm !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.algorithm);
                    if (message.publicKeyFingerprint != null && $Object.hasOwnProperty.call(message, "publicKeyFingerprint") && message.publicKeyFingerprint !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.publicKeyFingerprint);
                    if (message.previousKeyId != null && $Object.hasOwnProperty.call(message, "previousKeyId") && message.previousKeyId !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.previousKeyId);
                    if (message.retirePreviousAt != null && $Object.hasOwnProperty.call(message, "retirePreviousAt"))
                        $root.google.protobuf.Timestamp.encode(message.retirePreviousAt, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId") && message.actorUserId !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.actorUserId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SigningKeyRotated message from the specified reader or buffer.
                 * @function decode
                 * @memberof keywarden.identity.v1.SigningKeyRotated
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.SigningKeyRotated & keywarden.identity.v1.SigningKeyRotated.$Shape} SigningKeyRotated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SigningKeyRotated.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.keywarden.identity.v1.SigningKeyRotated();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.keyId = value;
                                else
                                    delete message.keyId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.algorithm = value;
                                else
                                    delete message.algorithm;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.publicKeyFingerprint = value;
                                else
                                    delete message.publicKeyFingerprint;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.previousKeyId = value;
                                else
                                    delete message.previousKeyId;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.retirePreviousAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.retirePreviousAt);
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.actorUserId = value;
                                else
                                    delete message.actorUserId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a SigningKeyRotated message.
                 * @function verify
                 * @memberof keywarden.identity.v1.SigningKeyRotated
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SigningKeyRotated.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId"))
                        if (!$util.isString(message.keyId))
                            return "keyId: string expected";
                    if (message.algorithm != null && $Object.hasOwnProperty.call(message, "algorithm"))
                        if (!$util.isString(message.algorithm))
                            return "algorithm: string expected";
                    if (message.publicKeyFingerprint != null && $Object.hasOwnProperty.call(message, "publicKeyFingerprint"))
                        if (!$util.isString(message.publicKeyFingerprint))
                            return "publicKeyFingerprint: string expected";
                    if (message.previousKeyId != null && $Object.hasOwnProperty.call(message, "previousKeyId"))
                        if (!$util.isString(message.previousKeyId))
                            return "previousKeyId: string expected";
                    if (message.retirePreviousAt != null && $Object.hasOwnProperty.call(message, "retirePreviousAt")) {
                        let error = $root.google.protobuf.Timestamp.verify(message.retirePreviousAt, _depth + 1);
                        if (error)
                            return "retirePreviousAt." + error;
                    }
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId"))
                        if (!$util.isString(message.actorUserId))
                            return "actorUserId: string expected";
                    return null;
                };

                /**
                 * Creates a SigningKeyRotated message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keywarden.identity.v1.SigningKeyRotated
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {keywarden.identity.v1.SigningKeyRotated} SigningKeyRotated
                 */
                SigningKeyRotated.fromObject = function (object, _depth) {
                    if (object instanceof $root.keywarden.identity.v1.SigningKeyRotated)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".keywarden.identity.v1.SigningKeyRotated: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.keywarden.identity.v1.SigningKeyRotated();
                    if (object.keyId != null)
                        if (typeof object.keyId !== "string" || object.keyId.length)
                            message.keyId = $String(object.keyId);
                    if (object.algorithm != null)
                        if (typeof object.algorithm !== "string" || object.algorithm.length)
                            message.algorithm = $String(object.algorithm);
                    if (object.publicKeyFingerprint != null)
                        if (typeof object.publicKeyFingerprint !== "string" || object.publicKeyFingerprint.length)
                            message.publicKeyFingerprint = $String(object.publicKeyFingerprint);
                    if (object.previousKeyId != null)
                        if (typeof object.previousKeyId !== "string" || object.previousKeyId.length)
                            message.previousKeyId = $String(object.previousKeyId);
                    if (object.retirePreviousAt != null) {
                        if (!$util.isObject(object.retirePreviousAt))
                            throw $TypeError(".keywarden.identity.v1.SigningKeyRotated.retirePreviousAt: object expected");
                        message.retirePreviousAt = $root.google.protobuf.Timestamp.fromObject(object.retirePreviousAt, _depth + 1);
                    }
                    if (object.actorUserId != null)
                        if (typeof object.actorUserId !== "string" || object.actorUserId.length)
                            message.actorUserId = $String(object.actorUserId);
                    return message;
                };

                /**
                 * Creates a plain object from a SigningKeyRotated message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keywarden.identity.v1.SigningKeyRotated
                 * @static
                 * @param {keywarden.identity.v1.SigningKeyRotated} message SigningKeyRotated
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SigningKeyRotated.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.keyId = "";
                        object.algorithm = "";
                        object.publicKeyFingerprint = "";
                        object.previousKeyId = "";
                        object.retirePreviousAt = null;
                        object.actorUserId = "";
                    }
                    if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId"))
                        object.keyId = message.keyId;
                    if (message.algorithm != null && $Object.hasOwnProperty.call(message, "algorithm"))
                        object.algorithm = message.algorithm;
                    if (message.publicKeyFingerprint != null && $Object.hasOwnProperty.call(message, "publicKeyFingerprint"))
                        object.publicKeyFingerprint = message.publicKeyFingerprint;
                    if (message.previousKeyId != null && $Object.hasOwnProperty.call(message, "previousKeyId"))
                        object.previousKeyId = message.previousKeyId;
                    if (message.retirePreviousAt != null && $Object.hasOwnProperty.call(message, "retirePreviousAt"))
                        object.retirePreviousAt = $root.google.protobuf.Timestamp.toObject(message.retirePreviousAt, options, _depth + 1);
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId"))
                        object.actorUserId = message.actorUserId;
                    return object;
                };

                /**
                 * Converts this SigningKeyRotated to JSON.
                 * @function toJSON
                 * @memberof keywarden.identity.v1.SigningKeyRotated
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SigningKeyRotated.prototype.toJSON = function() {
                    return SigningKeyRotated.toObject(this, $protobuf.util.toJSONOptions);
                };

                return SigningKeyRotated;
            })();

            v1.ExpiredTokensPurged = (function() {

                /**
                 * Properties of an ExpiredTokensPurged.
                 * @typedef {Object} keywarden.identity.v1.ExpiredTokensPurged.$Properties
                 * @property {string|null} [runId] ExpiredTokensPurged runId
                 * @property {number|null} [cleanedCount] ExpiredTokensPurged cleanedCount
                 * @property {number|null} [remainingTokens] ExpiredTokensPurged remainingTokens
                 * @property {number|null} [durationMs] ExpiredTokensPurged durationMs
                 * @property {google.protobuf.Timestamp.$Properties|null} [timestamp] ExpiredTokensPurged timestamp
                 * @property {string|null} [trigger] ExpiredTokensPurged trigger
                 * @property {number|null} [cleanedRefreshTokenCount] ExpiredTokensPurged cleanedRefreshTokenCount
                 * @property {number|null} [cleanedPersonalAccessTokenCount] ExpiredTokensPurged cleanedPersonalAccessTokenCount
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an ExpiredTokensPurged.
                 * @memberof keywarden.identity.v1
                 * @interface IExpiredTokensPurged
                 * @augments keywarden.identity.v1.ExpiredTokensPurged.$Properties
                 * @deprecated Use keywarden.identity.v1.ExpiredTokensPurged.$Properties instead.
                 */

                /**
                 * Shape of an ExpiredTokensPurged.
                 * @typedef {keywarden.identity.v1.ExpiredTokensPurged.$Properties} keywarden.identity.v1.ExpiredTokensPurged.$Shape
                 */

                /**
                 * Constructs a new ExpiredTokensPurged.
                 * @memberof keywarden.identity.v1
                 * @classdesc Represents an ExpiredTokensPurged.
                 * @constructor
                 * @param {keywarden.identity.v1.ExpiredTokensPurged.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ExpiredTokensPurged = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ExpiredTokensPurged runId.
                 * @member {string} runId
                 * @memberof keywarden.identity.v1.ExpiredTokensPurged
                 * @instance
                 */
                ExpiredTokensPurged.prototype.runId = "";

                /**
                 * ExpiredTokensPurged cleanedCount.
                 * @member {number} cleanedCount
                 * @memberof keywarden.identity.v1.ExpiredTokensPurged
                 * @instance
                 */
                ExpiredTokensPurged.prototype.cleanedCount = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * ExpiredTokensPurged remainingTokens.
                 * @member {number} remainingTokens
                 * @memberof keywarden.identity.v1.ExpiredTokensPurged
                 * @instance
                 */
                ExpiredTokensPurged.prototype.remainingTokens = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * ExpiredTokensPurged durationMs.
                 * @member {number} durationMs
                 * @memberof keywarden.identity.v1.ExpiredTokensPurged
                 * @instance
                 */
                ExpiredTokensPurged.prototype.durationMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * ExpiredTokensPurged timestamp.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} timestamp
                 * @memberof keywarden.identity.v1.ExpiredTokensPurged
                 * @instance
                 */
                ExpiredTokensPurged.prototype.timestamp = null;

                /**
                 * ExpiredTokensPurged trigger.
                 * @member {string} trigger
                 * @memberof keywarden.identity.v1.ExpiredTokensPurged
                 * @instance
                 */
                ExpiredTokensPurged.prototype.trigger = "";

                /**
                 * ExpiredTokensPurged cleanedRefreshTokenCount.
                 * @member {number} cleanedRefreshTokenCount
                 * @memberof keywarden.identity.v1.ExpiredTokensPurged
                 * @instance
                 */
                ExpiredTokensPurged.prototype.cleanedRefreshTokenCount = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * ExpiredTokensPurged cleanedPersonalAccessTokenCount.
                 * @member {number} cleanedPersonalAccessTokenCount
                 * @memberof keywarden.identity.v1.ExpiredTokensPurged
                 * @instance
                 */
                ExpiredTokensPurged.prototype.cleanedPersonalAccessTokenCount = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Encodes the specified ExpiredTokensPurged message. Does not implicitly {@link keywarden.identity.v1.ExpiredTokensPurged.verify|verify} messages.
                 * @function encode
                 * @memberof keywarden.identity.v1.ExpiredTokensPurged
                 * @static
                 * @param {keywarden.identity.v1.ExpiredTokensPurged.$Properties} message ExpiredTokensPurged message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ExpiredTokensPurged.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.runId);
                    if (message.cleanedCount != null && $Object.hasOwnProperty.call(message, "cleanedCount") && (typeof message.cleanedCount === "object" ? message.cleanedCount.low || message.cleanedCount.high : message.cleanedCount !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).int64(message.cleanedCount);
                    if (message.remainingTokens != null && $Object.hasOwnProperty.call(message, "remainingTokens") && (typeof message.remainingTokens === "object" ? message.remainingTokens.low || message.remainingTokens.high : message.remainingTokens !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).int64(message.remainingTokens);
                    if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs") && (typeof message.durationMs === "object" ? message.durationMs.low || message.durationMs.high : message.durationMs !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).int64(message.durationMs);
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                        $root.google.protobuf.Timestamp.encode(message.timestamp, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.trigger != null && $Object.hasOwnProperty.call(message, "trigger") && message.trigger !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.trigger);
                    if (message.cleanedRefreshTokenCount != null && $Object.hasOwnProperty.call(message, "cleanedRefreshTokenCount") && (typeof message.cleanedRefreshTokenCount === "object" ? message.cleanedRefreshTokenCount.low || message.cleanedRefreshTokenCount.high : message.cleanedRefreshTokenCount !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).int64(message.cleanedRefreshTokenCount);
                    if (message.cleanedPersonalAccessTokenCount != null && $Object.hasOwnProperty.call(message, "cleanedPersonalAccessTokenCount") && (typeof message.cleanedPersonalAccessTokenCount === "object" ? message.cleanedPersonalAccessTokenCount.low || message.cleanedPersonalAccessTokenCount.high : message.cleanedPersonalAccessTokenCount !== 0))
                        writer.uint32(/* id 8, wireType 0 =*/64).int64(message.cleanedPersonalAccessTokenCount);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an ExpiredTokensPurged message from the specified reader or buffer.
                 * @function decode
                 * @memberof keywarden.identity.v1.ExpiredTokensPurged
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.ExpiredTokensPurged & keywarden.identity.v1.ExpiredTokensPurged.$Shape} ExpiredTokensPurged
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ExpiredTokensPurged.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.keywarden.identity.v1.ExpiredTokensPurged();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.runId = value;
                                else
                                    delete message.runId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.cleanedCount = value;
                                else
                                    delete message.cleanedCount;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.remainingTokens = value;
                                else
                                    delete message.remainingTokens;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.durationMs = value;
                                else
                                    delete message.durationMs;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.timestamp = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.timestamp);
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.trigger = value;
                                else
                                    delete message.trigger;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.cleanedRefreshTokenCount = value;
                                else
                                    delete message.cleanedRefreshTokenCount;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.cleanedPersonalAccessTokenCount = value;
                                else
                                    delete message.cleanedPersonalAccessTokenCount;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies an ExpiredTokensPurged message.
                 * @function verify
                 * @memberof keywarden.identity.v1.ExpiredTokensPurged
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ExpiredTokensPurged.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                        if (!$util.isString(message.runId))
                            return "runId: string expected";
                    if (message.cleanedCount != null && $Object.hasOwnProperty.call(message, "cleanedCount"))
                        if (!$util.isInteger(message.cleanedCount) && !(message.cleanedCount && $util.isInteger(message.cleanedCount.low) && $util.isInteger(message.cleanedCount.high)))
                            return "cleanedCount: integer|Long expected";
                    if (message.remainingTokens != null && $Object.hasOwnProperty.call(message, "remainingTokens"))
                        if (!$util.isInteger(message.remainingTokens) && !(message.remainingTokens && $util.isInteger(message.remainingTokens.low) && $util.isInteger(message.remainingTokens.high)))
                            return "remainingTokens: integer|Long expected";
                    if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
                        if (!$util.isInteger(message.durationMs) && !(message.durationMs && $util.isInteger(message.durationMs.low) && $util.isInteger(message.durationMs.high)))
                            return "durationMs: integer|Long expected";
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp")) {
                        let error = $root.google.protobuf.Timestamp.verify(message.timestamp, _depth + 1);
                        if (error)
                            return "timestamp." + error;
                    }
                    if (message.trigger != null && $Object.hasOwnProperty.call(message, "trigger"))
                        if (!$util.isString(message.trigger))
                            return "trigger: string expected";
                    if (message.cleanedRefreshTokenCount != null && $Object.hasOwnProperty.call(message, "cleanedRefreshTokenCount"))
                        if (!$util.isInteger(message.cleanedRefreshTokenCount) && !(message.cleanedRefreshTokenCount && $util.isInteger(message.cleanedRefreshTokenCount.low) && $util.isInteger(message.cleanedRefreshTokenCount.high)))
                            return "cleanedRefreshTokenCount: integer|Long expected";
                    if (message.cleanedPersonalAccessTokenCount != null && $Object.hasOwnProperty.call(message, "cleanedPersonalAccessTokenCount"))
                        if (!$util.isInteger(message.cleanedPersonalAccessTokenCount) && !(message.cleanedPersonalAccessTokenCount && $util.isInteger(message.cleanedPersonalAccessTokenCount.low) && $util.isInteger(message.cleanedPersonalAccessTokenCount.high)))
                            return "cleanedPersonalAccessTokenCount: integer|Long expected";
                    return null;
                };

                /**
                 * Creates an ExpiredTokensPurged message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keywarden.identity.v1.ExpiredTokensPurged
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {keywarden.identity.v1.ExpiredTokensPurged} ExpiredTokensPurged
                 */
                ExpiredTokensPurged.fromObject = function (object, _depth) {
                    if (object instanceof $root.keywarden.identity.v1.ExpiredTokensPurged)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".keywarden.identity.v1.ExpiredTokensPurged: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.keywarden.identity.v1.ExpiredTokensPurged();
                    if (object.runId != null)
                        if (typeof object.runId !== "string" || object.runId.length)
                            message.runId = $String(object.runId);
                    if (object.cleanedCount != null)
                        if (typeof object.cleanedCount === "object" ? object.cleanedCount.low || object.cleanedCount.high : $Number(object.cleanedCount) !== 0)
                            if ($util.Long)
                                message.cleanedCount = $util.Long.fromValue(object.cleanedCount, false);
                            else if (typeof object.cleanedCount === "string")
                                message.cleanedCount = $parseInt(object.cleanedCount, 10);
                            else if (typeof object.cleanedCount === "number")
                                message.cleanedCount = object.cleanedCount;
                            else if (typeof object.cleanedCount === "object")
                                message.cleanedCount = new $util.LongBits(object.cleanedCount.low >>> 0, object.cleanedCount.high >>> 0).toNumber();
                    if (object.remainingTokens != null)
                        if (typeof object.remainingTokens === "object" ? object.remainingTokens.low || object.remainingTokens.high : $Number(object.remainingTokens) !== 0)
                            if ($util.Long)
                                message.remainingTokens = $util.Long.fromValue(object.remainingTokens, false);
                            else if (typeof object.remainingTokens === "string")
                                message.remainingTokens = $parseInt(object.remainingTokens, 10);
                            else if (typeof object.remainingTokens === "number")
                                message.remainingTokens = object.remainingTokens;
                            else if (typeof object.remainingTokens === "object")
                                message.remainingTokens = new $util.LongBits(object.remainingTokens.low >>> 0, object.remainingTokens.high >>> 0).toNumber();
                    if (object.durationMs != null)
                        if (typeof object.durationMs === "object" ? object.durationMs.low || object.durationMs.high : $Number(object.durationMs) !== 0)
                            if ($util.Long)
                                message.durationMs = $util.Long.fromValue(object.durationMs, false);
                            else if (typeof object.durationMs === "string")
                                message.durationMs = $parseInt(object.durationMs, 10);
                            else if (typeof object.durationMs === "number")
                                message.durationMs = object.durationMs;
                            else if (typeof object.durationMs === "object")
                                message.durationMs = new $util.LongBits(object.durationMs.low >>> 0, object.durationMs.high >>> 0).toNumber();
                    if (object.timestamp != null) {
                        if (!$util.isObject(object.timestamp))
                            throw $TypeError(".keywarden.identity.v1.ExpiredTokensPurged.timestamp: object expected");
                        message.timestamp = $root.google.protobuf.Timestamp.fromObject(object.timestamp, _depth + 1);
                    }
                    if (object.trigger != null)
                        if (typeof object.trigger !== "string" || object.trigger.length)
                            message.trigger = $String(object.trigger);
                    if (object.cleanedRefreshTokenCount != null)
                        if (typeof object.cleanedRefreshTokenCount === "object" ? object.cleanedRefreshTokenCount.low || object.cleanedRefreshTokenCount.high : $Number(object.cleanedRefreshTokenCount) !== 0)
                            if ($util.Long)
                                message.cleanedRefreshTokenCount = $util.Long.fromValue(object.cleanedRefreshTokenCount, false);
                            else if (typeof object.cleanedRefreshTokenCount === "string")
                                message.cleanedRefreshTokenCount = $parseInt(object.cleanedRefreshTokenCount, 10);
                            else if (typeof object.cleanedRefreshTokenCount === "number")
                                message.cleanedRefreshTokenCount = object.cleanedRefreshTokenCount;
                            else if (typeof object.cleanedRefreshTokenCount === "object")
                                message.cleanedRefreshTokenCount = new $util.LongBits(object.cleanedRefreshTokenCount.low >>> 0, object.cleanedRefreshTokenCount.high >>> 0).toNumber();
                    if (object.cleanedPersonalAccessTokenCount != null)
                        if (typeof object.cleanedPersonalAccessTokenCount === "object" ? object.cleanedPersonalAccessTokenCount.low || object.cleanedPersonalAccessTokenCount.high : $Number(object.cleanedPersonalAccessTokenCount) !== 0)
                            if ($util.Long)
                                message.cleanedPersonalAccessTokenCount = $util.Long.fromValue(object.cleanedPersonalAccessTokenCount, false);
                            else if (typeof object.cleanedPersonalAccessTokenCount === "string")
                                message.cleanedPersonalAccessTokenCount = $parseInt(object.cleanedPersonalAccessTokenCount, 10);
                            else if (typeof object.cleanedPersonalAccessTokenCount === "number")
                                message.cleanedPersonalAccessTokenCount = object.cleanedPersonalAccessTokenCount;
                            else if (typeof object.cleanedPersonalAccessTokenCount === "object")
                                message.cleanedPersonalAccessTokenCount = new $util.LongBits(object.cleanedPersonalAccessTokenCount.low >>> 0, object.cleanedPersonalAccessTokenCount.high >>> 0).toNumber();
                    return message;
                };

                /**
                 * Creates a plain object from an ExpiredTokensPurged message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keywarden.identity.v1.ExpiredTokensPurged
                 * @static
                 * @param {keywarden.identity.v1.ExpiredTokensPurged} message ExpiredTokensPurged
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ExpiredTokensPurged.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.runId = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.cleanedCount = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.cleanedCount = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.remainingTokens = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.remainingTokens = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.durationMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.durationMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.timestamp = null;
                        object.trigger = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.cleanedRefreshTokenCount = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.cleanedRefreshTokenCount = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.cleanedPersonalAccessTokenCount = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.cleanedPersonalAccessTokenCount = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.runId != null && $Object.hasOwnProperty.call(message, "runId"))
                        object.runId = message.runId;
                    if (message.cleanedCount != null && $Object.hasOwnProperty.call(message, "cleanedCount"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.cleanedCount = typeof message.cleanedCount === "number" ? $BigInt(message.cleanedCount) : $util.Long.fromBits(message.cleanedCount.low >>> 0, message.cleanedCount.high >>> 0, false).toBigInt();
                        else if (typeof message.cleanedCount === "number")
                            object.cleanedCount = options.longs === $String ? $String(message.cleanedCount) : message.cleanedCount;
                        else
                            object.cleanedCount = options.longs === $String ? $util.Long.prototype.toString.call(message.cleanedCount) : options.longs === $Number ? new $util.LongBits(message.cleanedCount.low >>> 0, message.cleanedCount.high >>> 0).toNumber() : message.cleanedCount;
                    if (message.remainingTokens != null && $Object.hasOwnProperty.call(message, "remainingTokens"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.remainingTokens = typeof message.remainingTokens === "number" ? $BigInt(message.remainingTokens) : $util.Long.fromBits(message.remainingTokens.low >>> 0, message.remainingTokens.high >>> 0, false).toBigInt();
                        else if (typeof message.remainingTokens === "number")
                            object.remainingTokens = options.longs === $String ? $String(message.remainingTokens) : message.remainingTokens;
                        else
                            object.remainingTokens = options.longs === $String ? $util.Long.prototype.toString.call(message.remainingTokens) : options.longs === $Number ? new $util.LongBits(message.remainingTokens.low >>> 0, message.remainingTokens.high >>> 0).toNumber() : message.remainingTokens;
                    if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.durationMs = typeof message.durationMs === "number" ? $BigInt(message.durationMs) : $util.Long.fromBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0, false).toBigInt();
                        else if (typeof message.durationMs === "number")
                            object.durationMs = options.longs === $String ? $String(message.durationMs) : message.durationMs;
                        else
                            object.durationMs = options.longs === $String ? $util.Long.prototype.toString.call(message.durationMs) : options.longs === $Number ? new $util.LongBits(message.durationMs.low >>> 0, message.durationMs.high >>> 0).toNumber() : message.durationMs;
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                        object.timestamp = $root.google.protobuf.Timestamp.toObject(message.timestamp, options, _depth + 1);
                    if (message.trigger != null && $Object.hasOwnProperty.call(message, "trigger"))
                        object.trigger = message.trigger;
                    if (message.cleanedRefreshTokenCount != null && $Object.hasOwnProperty.call(message, "cleanedRefreshTokenCount"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.cleanedRefreshTokenCount = typeof message.cleanedRefreshTokenCount === "number" ? $BigInt(message.cleanedRefreshTokenCount) : $util.Long.fromBits(message.cleanedRefreshTokenCount.low >>> 0, message.cleanedRefreshTokenCount.high >>> 0, false).toBigInt();
                        else if (typeof message.cleanedRefreshTokenCount === "number")
                            object.cleanedRefreshTokenCount = options.longs === $String ? $String(message.cleanedRefreshTokenCount) : message.cleanedRefreshTokenCount;
                        else
                            object.cleanedRefreshTokenCount = options.longs === $String ? $util.Long.prototype.toString.call(message.cleanedRefreshTokenCount) : options.longs === $Number ? new $util.LongBits(message.cleanedRefreshTokenCount.low >>> 0, message.cleanedRefreshTokenCount.high >>> 0).toNumber() : message.cleanedRefreshTokenCount;
                    if (message.cleanedPersonalAccessTokenCount != null && $Object.hasOwnProperty.call(message, "cleanedPersonalAccessTokenCount"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.cleanedPersonalAccessTokenCount = typeof message.cleanedPersonalAccessTokenCount === "number" ? $BigInt(message.cleanedPersonalAccessTokenCount) : $util.Long.fromBits(message.cleanedPersonalAccessTokenCount.low >>> 0, message.cleanedPersonalAccessTokenCount.high >>> 0, false).toBigInt();
                        else if (typeof message.cleanedPersonalAccessTokenCount === "number")
                            object.cleanedPersonalAccessTokenCount = options.longs === $String ? $String(message.cleanedPersonalAccessTokenCount) : message.cleanedPersonalAccessTokenCount;
                        else
                            object.cleanedPersonalAccessTokenCount = options.longs === $String ? $util.Long.prototype.toString.call(message.cleanedPersonalAccessTokenCount) : options.longs === $Number ? new $util.LongBits(message.cleanedPersonalAccessTokenCount.low >>> 0, message.cleanedPersonalAccessTokenCount.high >>> 0).toNumber() : message.cleanedPersonalAccessTokenCount;
                    return object;
                };

                /**
                 * Converts this ExpiredTokensPurged to JSON.
                 * @function toJSON
                 * @memberof keywarden.identity.v1.ExpiredTokensPurged
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ExpiredTokensPurged.prototype.toJSON = function() {
                    return ExpiredTokensPurged.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ExpiredTokensPurged;
            })();

            v1.UserRegistered = (function() {

                /**
                 * Properties of a UserRegistered.
                 * @typedef {Object} keywarden.identity.v1.UserRegistered.$Properties
                 * @property {string|null} [userId] UserRegistered userId
                 * @property {string|null} [email] UserRegistered email
                 * @property {string|null} [displayName] UserRegistered displayName
                 * @property {string|null} [method] UserRegistered method
                 * @property {string|null} [identityProviderId] UserRegistered identityProviderId
                 * @property {Array.<string>|null} [roles] UserRegistered roles
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a UserRegistered.
                 * @memberof keywarden.identity.v1
                 * @interface IUserRegistered
                 * @augments keywarden.identity.v1.UserRegistered.$Properties
                 * @deprecated Use keywarden.identity.v1.UserRegistered.$Properties instead.
                 */

                /**
                 * Shape of a UserRegistered.
                 * @typedef {keywarden.identity.v1.UserRegistered.$Properties} keywarden.identity.v1.UserRegistered.$Shape
                 */

                /**
                 * Constructs a new UserRegistered.
                 * @memberof keywarden.identity.v1
                 * @classdesc Represents a UserRegistered.
                 * @constructor
                 * @param {keywarden.identity.v1.UserRegistered.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const UserRegistered = function (properties) {
                    this.roles = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * UserRegistered userId.
                 * @member {string} userId
                 * @memberof keywarden.identity.v1.UserRegistered
                 * @instance
                 */
                UserRegistered.prototype.userId = "";

                /**
                 * UserRegistered email.
                 * @member {string} email
                 * @memberof keywarden.identity.v1.UserRegistered
                 * @instance
                 */
                UserRegistered.prototype.email = "";

                /**
                 * UserRegistered displayName.
                 * @member {string} displayName
                 * @memberof keywarden.identity.v1.UserRegistered
                 * @instance
                 */
                UserRegistered.prototype.displayName = "";

                /**
                 * UserRegistered method.
                 * @member {string} method
                 * @memberof keywarden.identity.v1.UserRegistered
                 * @instance
                 */
                UserRegistered.prototype.method = "";

                /**
                 * UserRegistered identityProviderId.
                 * @member {string} identityProviderId
                 * @memberof keywarden.identity.v1.UserRegistered
                 * @instance
                 */
                UserRegistered.prototype.identityProviderId = "";

                /**
                 * UserRegistered roles.
                 * @member {Array.<string>} roles
                 * @memberof keywarden.identity.v1.UserRegistered
                 * @instance
                 */
                UserRegistered.prototype.roles = $util.emptyArray;

                /**
                 * Encodes the specified UserRegistered message. Does not implicitly {@link keywarden.identity.v1.UserRegistered.verify|verify} messages.
                 * @function encode
                 * @memberof keywarden.identity.v1.UserRegistered
                 * @static
                 * @param {keywarden.identity.v1.UserRegistered.$Properties} message UserRegistered message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                UserRegistered.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                    if (message.email != null && $Object.hasOwnProperty.call(message, "email") && message.email !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.email);
                    if (message.displayName != null && $Object.hasOwnProperty.call(message, "displayName") && message.displayName !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.displayName);
                    if (message.method != null && $Object.hasOwnProperty.call(message, "method") && message.method !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.method);
                    if (message.identityProviderId != null && $Object.hasOwnProperty.call(message, "identityProviderId") && message.identityProviderId !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.identityProviderId);
                    if (message.roles != null && message.roles.length)
                        for (let i = 0; i < message.roles.length; ++i)
                            writer.uint32(/* id 6, wireType 2 =*/50).string(message.roles[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a UserRegistered message from the specified reader or buffer.
                 * @function decode
                 * @memberof keywarden.identity.v1.UserRegistered
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.UserRegistered & keywarden.identity.v1.UserRegistered.$Shape} UserRegistered
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                UserRegistered.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.keywarden.identity.v1.UserRegistered();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.email = value;
                                else
                                    delete message.email;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.displayName = value;
                                else
                                    delete message.displayName;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.method = value;
                                else
                                    delete message.method;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.identityProviderId = value;
                                else
                                    delete message.identityProviderId;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.roles && message.roles.length))
                                    message.roles = [];
                                message.roles.push(reader.stringVerify());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a UserRegistered message.
                 * @function verify
                 * @memberof keywarden.identity.v1.UserRegistered
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                UserRegistered.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        if (!$util.isString(message.userId))
                            return "userId: string expected";
                    if (message.email != null && $Object.hasOwnProperty.call(message, "email"))
                        if (!$util.isString(message.email))
                            return "email: string expected";
                    if (message.displayName != null && $Object.hasOwnProperty.call(message, "displayName"))
                        if (!$util.isString(message.displayName))
                            return "displayName: string expected";
                    if (message.method != null && $Object.hasOwnProperty.call(message, "method"))
                        if (!$util.isString(message.method))
                            return "method: string expected";
                    if (message.identityProviderId != null && $Object.hasOwnProperty.call(message, "identityProviderId"))
                        if (!$util.isString(message.identityProviderId))
                            return "identityProviderId: string expected";
                    if (message.roles != null && $Object.hasOwnProperty.call(message, "roles")) {
                        if (!$Array.isArray(message.roles))
                            return "roles: array expected";
                        for (let i = 0; i < message.roles.length; ++i)
                            if (!$util.isString(message.roles[i]))
                                return "roles: string[] expected";
                    }
                    return null;
                };

                /**
                 * Creates a UserRegistered message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keywarden.identity.v1.UserRegistered
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {keywarden.identity.v1.UserRegistered} UserRegistered
                 */
                UserRegistered.fromObject = function (object, _depth) {
                    if (object instanceof $root.keywarden.identity.v1.UserRegistered)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".keywarden.identity.v1.UserRegistered: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.keywarden.identity.v1.UserRegistered();
                    if (object.userId != null)
                        if (typeof object.userId !== "string" || object.userId.length)
                            message.userId = $String(object.userId);
                    if (object.email != null)
                        if (typeof object.email !== "string" || object.email.length)
                            message.email = $String(object.email);
                    if (object.displayName != null)
                        if (typeof object.displayName !== "string" || object.displayName.length)
                            message.displayName = $String(object.displayName);
                    if (object.method != null)
                        if (typeof object.method !== "string" || object.method.length)
                            message.method = $String(object.method);
                    if (object.identityProviderId != null)
                        if (typeof object.identityProviderId !== "string" || object.identityProviderId.length)
                            message.identityProviderId = $String(object.identityProviderId);
                    if (object.roles) {
                        if (!$Array.isArray(object.roles))
                            throw $TypeError(".keywarden.identity.v1.UserRegistered.roles: array expected");
                        message.roles = $Array(object.roles.length);
                        for (let i = 0; i < object.roles.length; ++i)
                            message.roles[i] = $String(object.roles[i]);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a UserRegistered message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keywarden.identity.v1.UserRegistered
                 * @static
                 * @param {keywarden.identity.v1.UserRegistered} message UserRegistered
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                UserRegistered.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.roles = [];
                    if (options.defaults) {
                        object.userId = "";
                        object.email = "";
                        object.displayName = "";
                        object.method = "";
                        object.identityProviderId = "";
                    }
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        object.userId = message.userId;
                    if (message.email != null && $Object.hasOwnProperty.call(message, "email"))
                        object.email = message.email;
                    if (message.displayName != null && $Object.hasOwnProperty.call(message, "displayName"))
                        object.displayName = message.displayName;
                    if (message.method != null && $Object.hasOwnProperty.call(message, "method"))
                        object.method = message.method;
                    if (message.identityProviderId != null && $Object.hasOwnProperty.call(message, "identityProviderId"))
                        object.identityProviderId = message.identityProviderId;
                    if (message.roles && message.roles.length) {
                        object.roles = $Array(message.roles.length);
                        for (let j = 0; j < message.roles.length; ++j)
                            object.roles[j] = message.roles[j];
                    }
                    return object;
                };

                /**
                 * Converts this UserRegistered to JSON.
                 * @function toJSON
                 * @memberof keywarden.identity.v1.UserRegistered
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                UserRegistered.prototype.toJSON = function() {
                    return UserRegistered.toObject(this, $protobuf.util.toJSONOptions);
                };

                return UserRegistered;
            })();

            v1.UserDisabled = (function() {

                /**
                 * Properties of a UserDisabled.
                 * @typedef {Object} keywarden.identity.v1.UserDisabled.$Properties
                 * @property {string|null} [userId] UserDisabled userId
                 * @property {string|null} [actorUserId] UserDisabled actorUserId
                 * @property {string|null} [reason] UserDisabled reason
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a UserDisabled.
                 * @memberof keywarden.identity.v1
                 * @interface IUserDisabled
                 * @augments keywarden.identity.v1.UserDisabled.$Properties
                 * @deprecated Use keywarden.identity.v1.UserDisabled.$Properties instead.
                 */

                /**
                 * Shape of a UserDisabled.
                 * @typedef {keywarden.identity.v1.UserDisabled.$Properties} keywarden.identity.v1.UserDisabled.$Shape
                 */

                /**
                 * Constructs a new UserDisabled.
                 * @memberof keywarden.identity.v1
                 * @classdesc Represents a UserDisabled.
                 * @constructor
                 * @param {keywarden.identity.v1.UserDisabled.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const UserDisabled = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * UserDisabled userId.
                 * @member {string} userId
                 * @memberof keywarden.identity.v1.UserDisabled
                 * @instance
                 */
                UserDisabled.prototype.userId = "";

                /**
                 * UserDisabled actorUserId.
                 * @member {string} actorUserId
                 * @memberof keywarden.identity.v1.UserDisabled
                 * @instance
                 */
                UserDisabled.prototype.actorUserId = "";

                /**
                 * UserDisabled reason.
                 * @member {string} reason
                 * @memberof keywarden.identity.v1.UserDisabled
                 * @instance
                 */
                UserDisabled.prototype.reason = "";

                /**
                 * Encodes the specified UserDisabled message. Does not implicitly {@link keywarden.identity.v1.UserDisabled.verify|verify} messages.
                 * @function encode
                 * @memberof keywarden.identity.v1.UserDisabled
                 * @static
                 * @param {keywarden.identity.v1.UserDisabled.$Properties} message UserDisabled message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                UserDisabled.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId") && message.actorUserId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.actorUserId);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a UserDisabled message from the specified reader or buffer.
                 * @function decode
                 * @memberof keywarden.identity.v1.UserDisabled
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.UserDisabled & keywarden.identity.v1.UserDisabled.$Shape} UserDisabled
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                UserDisabled.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.keywarden.identity.v1.UserDisabled();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.actorUserId = value;
                                else
                                    delete message.actorUserId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a UserDisabled message.
                 * @function verify
                 * @memberof keywarden.identity.v1.UserDisabled
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                UserDisabled.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        if (!$util.isString(message.userId))
                            return "userId: string expected";
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId"))
                        if (!$util.isString(message.actorUserId))
                            return "actorUserId: string expected";
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        if (!$util.isString(message.reason))
                            return "reason: string expected";
                    return null;
                };

                /**
                 * Creates a UserDisabled message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keywarden.identity.v1.UserDisabled
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {keywarden.identity.v1.UserDisabled} UserDisabled
                 */
                UserDisabled.fromObject = function (object, _depth) {
                    if (object instanceof $root.keywarden.identity.v1.UserDisabled)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".keywarden.identity.v1.UserDisabled: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.keywarden.identity.v1.UserDisabled();
                    if (object.userId != null)
                        if (typeof object.userId !== "string" || object.userId.length)
                            message.userId = $String(object.userId);
                    if (object.actorUserId != null)
                        if (typeof object.actorUserId !== "string" || object.actorUserId.length)
                            message.actorUserId = $String(object.actorUserId);
                    if (object.reason != null)
                        if (typeof object.reason !== "string" || object.reason.length)
                            message.reason = $String(object.reason);
                    return message;
                };

                /**
                 * Creates a plain object from a UserDisabled message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keywarden.identity.v1.UserDisabled
                 * @static
                 * @param {keywarden.identity.v1.UserDisabled} message UserDisabled
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                UserDisabled.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.userId = "";
                        object.actorUserId = "";
                        object.reason = "";
                    }
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        object.userId = message.userId;
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId"))
                        object.actorUserId = message.actorUserId;
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        object.reason = message.reason;
                    return object;
                };

                /**
                 * Converts this UserDisabled to JSON.
                 * @function toJSON
                 * @memberof keywarden.identity.v1.UserDisabled
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                UserDisabled.prototype.toJSON = function() {
                    return UserDisabled.toObject(this, $protobuf.util.toJSONOptions);
                };

                return UserDisabled;
            })();

            v1.UserEnabled = (function() {

                /**
                 * Properties of a UserEnabled.
                 * @typedef {Object} keywarden.identity.v1.UserEnabled.$Properties
                 * @property {string|null} [userId] UserEnabled userId
                 * @property {string|null} [actorUserId] UserEnabled actorUserId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a UserEnabled.
                 * @memberof keywarden.identity.v1
                 * @interface IUserEnabled
                 * @augments keywarden.identity.v1.UserEnabled.$Properties
                 * @deprecated Use keywarden.identity.v1.UserEnabled.$Properties instead.
                 */

                /**
                 * Shape of a UserEnabled.
                 * @typedef {keywarden.identity.v1.UserEnabled.$Properties} keywarden.identity.v1.UserEnabled.$Shape
                 */

                /**
                 * Constructs a new UserEnabled.
                 * @memberof keywarden.identity.v1
                 * @classdesc Represents a UserEnabled.
                 * @constructor
                 * @param {keywarden.identity.v1.UserEnabled.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const UserEnabled = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * UserEnabled userId.
                 * @member {string} userId
                 * @memberof keywarden.identity.v1.UserEnabled
                 * @instance
                 */
                UserEnabled.prototype.userId = "";

                /**
                 * UserEnabled actorUserId.
                 * @member {string} actorUserId
                 * @memberof keywarden.identity.v1.UserEnabled
                 * @instance
                 */
                UserEnabled.prototype.actorUserId = "";

                /**
                 * Encodes the specified UserEnabled message. Does not implicitly {@link keywarden.identity.v1.UserEnabled.verify|verify} messages.
                 * @function encode
                 * @memberof keywarden.identity.v1.UserEnabled
                 * @static
                 * @param {keywarden.identity.v1.UserEnabled.$Properties} message UserEnabled message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                UserEnabled.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId") && message.actorUserId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.actorUserId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a UserEnabled message from the specified reader or buffer.
                 * @function decode
                 * @memberof keywarden.identity.v1.UserEnabled
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.UserEnabled & keywarden.identity.v1.UserEnabled.$Shape} UserEnabled
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                UserEnabled.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.keywarden.identity.v1.UserEnabled();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.actorUserId = value;
                                else
                                    delete message.actorUserId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a UserEnabled message.
                 * @function verify
                 * @memberof keywarden.identity.v1.UserEnabled
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                UserEnabled.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        if (!$util.isString(message.userId))
                            return "userId: string expected";
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId"))
                        if (!$util.isString(message.actorUserId))
                            return "actorUserId: string expected";
                    return null;
                };

                /**
                 * Creates a UserEnabled message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keywarden.identity.v1.UserEnabled
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {keywarden.identity.v1.UserEnabled} UserEnabled
                 */
                UserEnabled.fromObject = function (object, _depth) {
                    if (object instanceof $root.keywarden.identity.v1.UserEnabled)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".keywarden.identity.v1.UserEnabled: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.keywarden.identity.v1.UserEnabled();
                    if (object.userId != null)
                        if (typeof object.userId !== "string" || object.userId.length)
                            message.userId = $String(object.userId);
                    if (object.actorUserId != null)
                        if (typeof object.actorUserId !== "string" || object.actorUserId.length)
                            message.actorUserId = $String(object.actorUserId);
                    return message;
                };

                /**
                 * Creates a plain object from a UserEnabled message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keywarden.identity.v1.UserEnabled
                 * @static
                 * @param {keywarden.identity.v1.UserEnabled} message UserEnabled
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                UserEnabled.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.userId = "";
                        object.actorUserId = "";
                    }
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        object.userId = message.userId;
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId"))
                        object.actorUserId = message.actorUserId;
                    return object;
                };

                /**
                 * Converts this UserEnabled to JSON.
                 * @function toJSON
                 * @memberof keywarden.identity.v1.UserEnabled
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                UserEnabled.prototype.toJSON = function() {
                    return UserEnabled.toObject(this, $protobuf.util.toJSONOptions);
                };

                return UserEnabled;
            })();

            v1.PasswordChanged = (function() {

                /**
                 * Properties of a PasswordChanged.
                 * @typedef {Object} keywarden.identity.v1.PasswordChanged.$Properties
                 * @property {string|null} [userId] PasswordChanged userId
                 * @property {string|null} [actorUserId] PasswordChanged actorUserId
                 * @property {google.protobuf.Timestamp.$Properties|null} [revokedBefore] PasswordChanged revokedBefore
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PasswordChanged.
                 * @memberof keywarden.identity.v1
                 * @interface IPasswordChanged
                 * @augments keywarden.identity.v1.PasswordChanged.$Properties
                 * @deprecated Use keywarden.identity.v1.PasswordChanged.$Properties instead.
                 */

                /**
                 * Shape of a PasswordChanged.
                 * @typedef {keywarden.identity.v1.PasswordChanged.$Properties} keywarden.identity.v1.PasswordChanged.$Shape
                 */

                /**
                 * Constructs a new PasswordChanged.
                 * @memberof keywarden.identity.v1
                 * @classdesc Represents a PasswordChanged.
                 * @constructor
                 * @param {keywarden.identity.v1.PasswordChanged.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PasswordChanged = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PasswordChanged userId.
                 * @member {string} userId
                 * @memberof keywarden.identity.v1.PasswordChanged
                 * @instance
                 */
                PasswordChanged.prototype.userId = "";

                /**
                 * PasswordChanged actorUserId.
                 * @member {string} actorUserId
                 * @memberof keywarden.identity.v1.PasswordChanged
                 * @instance
                 */
                PasswordChanged.prototype.actorUserId = "";

                /**
                 * PasswordChanged revokedBefore.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} revokedBefore
                 * @memberof keywarden.identity.v1.PasswordChanged
                 * @instance
                 */
                PasswordChanged.prototype.revokedBefore = null;

                /**
                 * Encodes the specified PasswordChanged message. Does not implicitly {@link keywarden.identity.v1.PasswordChanged.verify|verify} messages.
                 * @function encode
                 * @memberof keywarden.identity.v1.PasswordChanged
                 * @static
                 * @param {keywarden.identity.v1.PasswordChanged.$Properties} message PasswordChanged message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PasswordChanged.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId") && message.actorUserId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.actorUserId);
                    if (message.revokedBefore != null && $Object.hasOwnProperty.call(message, "revokedBefore"))
                        $root.google.protobuf.Timestamp.encode(message.revokedBefore, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PasswordChanged message from the specified reader or buffer.
                 * @function decode
                 * @memberof keywarden.identity.v1.PasswordChanged
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {keywarden.identity.v1.PasswordChanged & keywarden.identity.v1.PasswordChanged.$Shape} PasswordChanged
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PasswordChanged.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.keywarden.identity.v1.PasswordChanged();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.actorUserId = value;
                                else
                                    delete message.actorUserId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.revokedBefore = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.revokedBefore);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a PasswordChanged message.
                 * @function verify
                 * @memberof keywarden.identity.v1.PasswordChanged
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                PasswordChanged.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        if (!$util.isString(message.userId))
                            return "userId: string expected";
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId"))
                        if (!$util.isString(message.actorUserId))
                            return "actorUserId: string expected";
                    if (message.revokedBefore != null && $Object.hasOwnProperty.call(message, "revokedBefore")) {
                        let error = $root.google.protobuf.Timestamp.verify(message.revokedBefore, _depth + 1);
                        if (error)
                            return "revokedBefore." + error;
                    }
                    return null;
                };

                /**
                 * Creates a PasswordChanged message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keywarden.identity.v1.PasswordChanged
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {keywarden.identity.v1.PasswordChanged} PasswordChanged
                 */
                PasswordChanged.fromObject = function (object, _depth) {
                    if (object instanceof $root.keywarden.identity.v1.PasswordChanged)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".keywarden.identity.v1.PasswordChanged: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.keywarden.identity.v1.PasswordChanged();
                    if (object.userId != null)
                        if (typeof object.userId !== "string" || object.userId.length)
                            message.userId = $String(object.userId);
                    if (object.actorUserId != null)
                        if (typeof object.actorUserId !== "string" || object.actorUserId.length)
                            message.actorUserId = $String(object.actorUserId);
                    if (object.revokedBefore != null) {
                        if (!$util.isObject(object.revokedBefore))
                            throw $TypeError(".keywarden.identity.v1.PasswordChanged.revokedBefore: object expected");
                        message.revokedBefore = $root.google.protobuf.Timestamp.fromObject(object.revokedBefore, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a PasswordChanged message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keywarden.identity.v1.PasswordChanged
                 * @static
                 * @param {keywarden.identity.v1.PasswordChanged} message PasswordChanged
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PasswordChanged.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.userId = "";
                        object.actorUserId = "";
                        object.revokedBefore = null;
                    }
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        object.userId = message.userId;
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId"))
                        object.actorUserId = message.actorUserId;
                    if (message.revokedBefore != null && $Object.hasOwnProperty.call(message, "revokedBefore"))
                        object.revokedBefore = $root.google.protobuf.Timestamp.toObject(message.revokedBefore, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this PasswordChanged to JSON.
                 * @function toJSON
                 * @memberof keywarden.identity.v1.PasswordChanged
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PasswordChanged.prototype.toJSON = function() {
                    return PasswordChanged.toObject(this, $protobuf.util.toJSONOptions);
                };

                return PasswordChanged;
            })();

            return v1;
        })();

        return identity;
    })();

    keywarden.oauth = (function() {

        /**
         * Namespace oauth.
         * @memberof keywarden
         * @namespace
         */
        const oauth = {};

        oauth.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof keywarden.oauth
             * @namespace
             */
            const v1 = {};

            v1.AccountConnected = (function() {

                /**
                 * Properties of an AccountConnected.
                 * @typedef {Object} keywarden.oauth.v1.AccountConnected.$Properties
                 * @property {string|null} [accountId] AccountConnected accountId
                 * @property {string|null} [providerAppId] AccountConnected providerAppId
                 * @property {string|null} [provider] AccountConnected provider
                 * @property {string|null} [userId] AccountConnected userId
                 * @property {string|null} [externalUserId] AccountConnected externalUserId
                 * @property {string|null} [username] AccountConnected username
                 * @property {Array.<string>|null} [scopes] AccountConnected scopes
                 * @property {string|null} [grantKind] AccountConnected grantKind
                 * @property {google.protobuf.Timestamp.$Properties|null} [expiresAt] AccountConnected expiresAt
                 * @property {google.protobuf.Timestamp.$Properties|null} [refreshExpiresAt] AccountConnected refreshExpiresAt
                 * @property {number|null} [generation] AccountConnected generation
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AccountConnected.
                 * @memberof keywarden.oauth.v1
                 * @interface IAccountConnected
                 * @augments keywarden.oauth.v1.AccountConnected.$Properties
                 * @deprecated Use keywarden.oauth.v1.AccountConnected.$Properties instead.
                 */

                /**
                 * Shape of an AccountConnected.
                 * @typedef {keywarden.oauth.v1.AccountConnected.$Properties} keywarden.oauth.v1.AccountConnected.$Shape
                 */

                /**
                 * Constructs a new AccountConnected.
                 * @memberof keywarden.oauth.v1
                 * @classdesc Represents an AccountConnected.
                 * @constructor
                 * @param {keywarden.oauth.v1.AccountConnected.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AccountConnected = function (properties) {
                    this.scopes = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * AccountConnected accountId.
                 * @member {string} accountId
                 * @memberof keywarden.oauth.v1.AccountConnected
                 * @instance
                 */
                AccountConnected.prototype.accountId = "";

                /**
                 * AccountConnected providerAppId.
                 * @member {string} providerAppId
                 * @memberof keywarden.oauth.v1.AccountConnected
                 * @instance
                 */
                AccountConnected.prototype.providerAppId = "";

                /**
                 * AccountConnected provider.
                 * @member {string} provider
                 * @memberof keywarden.oauth.v1.AccountConnected
                 * @instance
                 */
                AccountConnected.prototype.provider = "";

                /**
                 * AccountConnected userId.
                 * @member {string} userId
                 * @memberof keywarden.oauth.v1.AccountConnected
                 * @instance
                 */
                AccountConnected.prototype.userId = "";

                /**
                 * AccountConnected externalUserId.
                 * @member {string} externalUserId
                 * @memberof keywarden.oauth.v1.AccountConnected
                 * @instance
                 */
                AccountConnected.prototype.externalUserId = "";

                /**
                 * AccountConnected username.
                 * @member {string} username
                 * @memberof keywarden.oauth.v1.AccountConnected
                 * @instance
                 */
                AccountConnected.prototype.username = "";

                /**
                 * AccountConnected scopes.
                 * @member {Array.<string>} scopes
                 * @memberof keywarden.oauth.v1.AccountConnected
                 * @instance
                 */
                AccountConnected.prototype.scopes = $util.emptyArray;

                /**
                 * AccountConnected grantKind.
                 * @member {string} grantKind
                 * @memberof keywarden.oauth.v1.AccountConnected
                 * @instance
                 */
                AccountConnected.prototype.grantKind = "";

                /**
                 * AccountConnected expiresAt.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} expiresAt
                 * @memberof keywarden.oauth.v1.AccountConnected
                 * @instance
                 */
                AccountConnected.prototype.expiresAt = null;

                /**
                 * AccountConnected refreshExpiresAt.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} refreshExpiresAt
                 * @memberof keywarden.oauth.v1.AccountConnected
                 * @instance
                 */
                AccountConnected.prototype.refreshExpiresAt = null;

                /**
                 * AccountConnected generation.
                 * @member {number} generation
                 * @memberof keywarden.oauth.v1.AccountConnected
                 * @instance
                 */
                AccountConnected.prototype.generation = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Encodes the specified AccountConnected message. Does not implicitly {@link keywarden.oauth.v1.AccountConnected.verify|verify} messages.
                 * @function encode
                 * @memberof keywarden.oauth.v1.AccountConnected
                 * @static
                 * @param {keywarden.oauth.v1.AccountConnected.$Properties} message AccountConnected message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AccountConnected.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId") && message.accountId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.accountId);
                    if (message.providerAppId != null && $Object.hasOwnProperty.call(message, "providerAppId") && message.providerAppId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.providerAppId);
                    if (message.provider != null && $Object.hasOwnProperty.call(message, "provider") && message.provider !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.provider);
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.userId);
                    if (message.externalUserId != null && $Object.hasOwnProperty.call(message, "externalUserId") && message.externalUserId !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.externalUserId);
                    if (message.username != null && $Object.hasOwnProperty.call(message, "username") && message.username !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.username);
                    if (message.scopes != null && message.scopes.length)
                        for (let i = 0; i < message.scopes.length; ++i)
                            writer.uint32(/* id 7, wireType 2 =*/58).string(message.scopes[i]);
                    if (message.grantKind != null && $Object.hasOwnProperty.call(message, "grantKind") && message.grantKind !== "")
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.grantKind);
                    if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt"))
                        $root.google.protobuf.Timestamp.encode(message.expiresAt, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                    if (message.refreshExpiresAt != null && $Object.hasOwnProperty.call(message, "refreshExpiresAt"))
                        $root.google.protobuf.Timestamp.encode(message.refreshExpiresAt, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                    if (message.generation != null && $Object.hasOwnProperty.call(message, "generation") && (typeof message.generation === "object" ? message.generation.low || message.generation.high : message.generation !== 0))
                        writer.uint32(/* id 11, wireType 0 =*/88).int64(message.generation);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an AccountConnected message from the specified reader or buffer.
                 * @function decode
                 * @memberof keywarden.oauth.v1.AccountConnected
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.AccountConnected & keywarden.oauth.v1.AccountConnected.$Shape} AccountConnected
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AccountConnected.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.keywarden.oauth.v1.AccountConnected();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.accountId = value;
                                else
                                    delete message.accountId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.providerAppId = value;
                                else
                                    delete message.providerAppId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.provider = value;
                                else
                                    delete message.provider;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.externalUserId = value;
                                else
                                    delete message.externalUserId;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.username = value;
                                else
                                    delete message.username;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.scopes && message.scopes.length))
                                    message.scopes = [];
                                message.scopes.push(reader.stringVerify());
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.grantKind = value;
                                else
                                    delete message.grantKind;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                message.expiresAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.expiresAt);
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                message.refreshExpiresAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.refreshExpiresAt);
                                continue;
                            }
                        case 11: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.generation = value;
                                else
                                    delete message.generation;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies an AccountConnected message.
                 * @function verify
                 * @memberof keywarden.oauth.v1.AccountConnected
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                AccountConnected.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                        if (!$util.isString(message.accountId))
                            return "accountId: string expected";
                    if (message.providerAppId != null && $Object.hasOwnProperty.call(message, "providerAppId"))
                        if (!$util.isString(message.providerAppId))
                            return "providerAppId: string expected";
                    if (message.provider != null && $Object.hasOwnProperty.call(message, "provider"))
                        if (!$util.isString(message.provider))
                            return "provider: string expected";
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        if (!$util.isString(message.userId))
                            return "userId: string expected";
                    if (message.externalUserId != null && $Object.hasOwnProperty.call(message, "externalUserId"))
                        if (!$util.isString(message.externalUserId))
                            return "externalUserId: string expected";
                    if (message.username != null && $Object.hasOwnProperty.call(message, "username"))
                        if (!$util.isString(message.username))
                            return "username: string expected";
                    if (message.scopes != null && $Object.hasOwnProperty.call(message, "scopes")) {
                        if (!$Array.isArray(message.scopes))
                            return "scopes: array expected";
                        for (let i = 0; i < message.scopes.length; ++i)
                            if (!$util.isString(message.scopes[i]))
                                return "scopes: string[] expected";
                    }
                    if (message.grantKind != null && $Object.hasOwnProperty.call(message, "grantKind"))
                        if (!$util.isString(message.grantKind))
                            return "grantKind: string expected";
                    if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt")) {
                        let error = $root.google.protobuf.Timestamp.verify(message.expiresAt, _depth + 1);
                        if (error)
                            return "expiresAt." + error;
                    }
                    if (message.refreshExpiresAt != null && $Object.hasOwnProperty.call(message, "refreshExpiresAt")) {
                        let error = $root.google.protobuf.Timestamp.verify(message.refreshExpiresAt, _depth + 1);
                        if (error)
                            return "refreshExpiresAt." + error;
                    }
                    if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                        if (!$util.isInteger(message.generation) && !(message.generation && $util.isInteger(message.generation.low) && $util.isInteger(message.generation.high)))
                            return "generation: integer|Long expected";
                    return null;
                };

                /**
                 * Creates an AccountConnected message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keywarden.oauth.v1.AccountConnected
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {keywarden.oauth.v1.AccountConnected} AccountConnected
                 */
                AccountConnected.fromObject = function (object, _depth) {
                    if (object instanceof $root.keywarden.oauth.v1.AccountConnected)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".keywarden.oauth.v1.AccountConnected: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.keywarden.oauth.v1.AccountConnected();
                    if (object.accountId != null)
                        if (typeof object.accountId !== "string" || object.accountId.length)
                            message.accountId = $String(object.accountId);
                    if (object.providerAppId != null)
                        if (typeof object.providerAppId !== "string" || object.providerAppId.length)
                            message.providerAppId = $String(object.providerAppId);
                    if (object.provider != null)
                        if (typeof object.provider !== "string" || object.provider.length)
                            message.provider = $String(object.provider);
                    if (object.userId != null)
                        if (typeof object.userId !== "string" || object.userId.length)
                            message.userId = $String(object.userId);
                    if (object.externalUserId != null)
                        if (typeof object.externalUserId !== "string" || object.externalUserId.length)
                            message.externalUserId = $String(object.externalUserId);
                    if (object.username != null)
                        if (typeof object.username !== "string" || object.username.length)
                            message.username = $String(object.username);
                    if (object.scopes) {
                        if (!$Array.isArray(object.scopes))
                            throw $TypeError(".keywarden.oauth.v1.AccountConnected.scopes: array expected");
                        message.scopes = $Array(object.scopes.length);
                        for (let i = 0; i < object.scopes.length; ++i)
                            message.scopes[i] = $String(object.scopes[i]);
                    }
                    if (object.grantKind != null)
                        if (typeof object.grantKind !== "string" || object.grantKind.length)
                            message.grantKind = $String(object.grantKind);
                    if (object.expiresAt != null) {
                        if (!$util.isObject(object.expiresAt))
                            throw $TypeError(".keywarden.oauth.v1.AccountConnected.expiresAt: object expected");
                        message.expiresAt = $root.google.protobuf.Timestamp.fromObject(object.expiresAt, _depth + 1);
                    }
                    if (object.refreshExpiresAt != null) {
                        if (!$util.isObject(object.refreshExpiresAt))
                            throw $TypeError(".keywarden.oauth.v1.AccountConnected.refreshExpiresAt: object expected");
                        message.refreshExpiresAt = $root.google.protobuf.Timestamp.fromObject(object.refreshExpiresAt, _depth + 1);
                    }
                    if (object.generation != null)
                        if (typeof object.generation === "object" ? object.generation.low || object.generation.high : $Number(object.generation) !== 0)
                            if ($util.Long)
                                message.generation = $util.Long.fromValue(object.generation, false);
                            else if (typeof object.generation === "string")
                                message.generation = $parseInt(object.generation, 10);
                            else if (typeof object.generation === "number")
                                message.generation = object.generation;
                            else if (typeof object.generation === "object")
                                message.generation = new $util.LongBits(object.generation.low >>> 0, object.generation.high >>> 0).toNumber();
                    return message;
                };

                /**
                 * Creates a plain object from an AccountConnected message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keywarden.oauth.v1.AccountConnected
                 * @static
                 * @param {keywarden.oauth.v1.AccountConnected} message AccountConnected
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AccountConnected.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.scopes = [];
                    if (options.defaults) {
                        object.accountId = "";
                        object.providerAppId = "";
                        object.provider = "";
                        object.userId = "";
                        object.externalUserId = "";
                        object.username = "";
                        object.grantKind = "";
                        object.expiresAt = null;
                        object.refreshExpiresAt = null;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.generation = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.generation = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                        object.accountId = message.accountId;
                    if (message.providerAppId != null && $Object.hasOwnProperty.call(message, "providerAppId"))
                        object.providerAppId = message.providerAppId;
                    if (message.provider != null && $Object.hasOwnProperty.call(message, "provider"))
                        object.provider = message.provider;
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        object.userId = message.userId;
                    if (message.externalUserId != null && $Object.hasOwnProperty.call(message, "externalUserId"))
                        object.externalUserId = message.externalUserId;
                    if (message.username != null && $Object.hasOwnProperty.call(message, "username"))
                        object.username = message.username;
                    if (message.scopes && message.scopes.length) {
                        object.scopes = $Array(message.scopes.length);
                        for (let j = 0; j < message.scopes.length; ++j)
                            object.scopes[j] = message.scopes[j];
                    }
                    if (message.grantKind != null && $Object.hasOwnProperty.call(message, "grantKind"))
                        object.grantKind = message.grantKind;
                    if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt"))
                        object.expiresAt = $root.google.protobuf.Timestamp.toObject(message.expiresAt, options, _depth + 1);
                    if (message.refreshExpiresAt != null && $Object.hasOwnProperty.call(message, "refreshExpiresAt"))
                        object.refreshExpiresAt = $root.google.protobuf.Timestamp.toObject(message.refreshExpiresAt, options, _depth + 1);
                    if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.generation = typeof message.generation === "number" ? $BigInt(message.generation) : $util.Long.fromBits(message.generation.low >>> 0, message.generation.high >>> 0, false).toBigInt();
                        else if (typeof message.generation === "number")
                            object.generation = options.longs === $String ? $String(message.generation) : message.generation;
                        else
                            object.generation = options.longs === $String ? $util.Long.prototype.toString.call(message.generation) : options.longs === $Number ? new $util.LongBits(message.generation.low >>> 0, message.generation.high >>> 0).toNumber() : message.generation;
                    return object;
                };

                /**
                 * Converts this AccountConnected to JSON.
                 * @function toJSON
                 * @memberof keywarden.oauth.v1.AccountConnected
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AccountConnected.prototype.toJSON = function() {
                    return AccountConnected.toObject(this, $protobuf.util.toJSONOptions);
                };

                return AccountConnected;
            })();

            v1.TokenRefreshed = (function() {

                /**
                 * Properties of a TokenRefreshed.
                 * @typedef {Object} keywarden.oauth.v1.TokenRefreshed.$Properties
                 * @property {string|null} [accountId] TokenRefreshed accountId
                 * @property {string|null} [provider] TokenRefreshed provider
                 * @property {google.protobuf.Timestamp.$Properties|null} [expiresAt] TokenRefreshed expiresAt
                 * @property {google.protobuf.Timestamp.$Properties|null} [refreshExpiresAt] TokenRefreshed refreshExpiresAt
                 * @property {number|null} [generation] TokenRefreshed generation
                 * @property {string|null} [trigger] TokenRefreshed trigger
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TokenRefreshed.
                 * @memberof keywarden.oauth.v1
                 * @interface ITokenRefreshed
                 * @augments keywarden.oauth.v1.TokenRefreshed.$Properties
                 * @deprecated Use keywarden.oauth.v1.TokenRefreshed.$Properties instead.
                 */

                /**
                 * Shape of a TokenRefreshed.
                 * @typedef {keywarden.oauth.v1.TokenRefreshed.$Properties} keywarden.oauth.v1.TokenRefreshed.$Shape
                 */

                /**
                 * Constructs a new TokenRefreshed.
                 * @memberof keywarden.oauth.v1
                 * @classdesc Represents a TokenRefreshed.
                 * @constructor
                 * @param {keywarden.oauth.v1.TokenRefreshed.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const TokenRefreshed = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * TokenRefreshed accountId.
                 * @member {string} accountId
                 * @memberof keywarden.oauth.v1.TokenRefreshed
                 * @instance
                 */
                TokenRefreshed.prototype.accountId = "";

                /**
                 * TokenRefreshed provider.
                 * @member {string} provider
                 * @memberof keywarden.oauth.v1.TokenRefreshed
                 * @instance
                 */
                TokenRefreshed.prototype.provider = "";

                /**
                 * TokenRefreshed expiresAt.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} expiresAt
                 * @memberof keywarden.oauth.v1.TokenRefreshed
                 * @instance
                 */
                TokenRefreshed.prototype.expiresAt = null;

                /**
                 * TokenRefreshed refreshExpiresAt.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} refreshExpiresAt
                 * @memberof keywarden.oauth.v1.TokenRefreshed
                 * @instance
                 */
                TokenRefreshed.prototype.refreshExpiresAt = null;

                /**
                 * TokenRefreshed generation.
                 * @member {number} generation
                 * @memberof keywarden.oauth.v1.TokenRefreshed
                 * @instance
                 */
                TokenRefreshed.prototype.generation = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * TokenRefreshed trigger.
                 * @member {string} trigger
                 * @memberof keywarden.oauth.v1.TokenRefreshed
                 * @instance
                 */
                TokenRefreshed.prototype.trigger = "";

                /**
                 * Encodes the specified TokenRefreshed message. Does not implicitly {@link keywarden.oauth.v1.TokenRefreshed.verify|verify} messages.
                 * @function encode
                 * @memberof keywarden.oauth.v1.TokenRefreshed
                 * @static
                 * @param {keywarden.oauth.v1.TokenRefreshed.$Properties} message TokenRefreshed message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TokenRefreshed.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId") && message.accountId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.accountId);
                    if (message.provider != null && $Object.hasOwnProperty.call(message, "provider") && message.provider !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.provider);
                    if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt"))
                        $root.google.protobuf.Timestamp.encode(message.expiresAt, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.refreshExpiresAt != null && $Object.hasOwnProperty.call(message, "refreshExpiresAt"))
                        $root.google.protobuf.Timestamp.encode(message.refreshExpiresAt, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.generation != null && $Object.hasOwnProperty.call(message, "generation") && (typeof message.generation === "object" ? message.generation.low || message.generation.high : message.generation !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).int64(message.generation);
                    if (message.trigger != null && $Object.hasOwnProperty.call(message, "trigger") && message.trigger !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.trigger);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a TokenRefreshed message from the specified reader or buffer.
                 * @function decode
                 * @memberof keywarden.oauth.v1.TokenRefreshed
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.TokenRefreshed & keywarden.oauth.v1.TokenRefreshed.$Shape} TokenRefreshed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TokenRefreshed.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.keywarden.oauth.v1.TokenRefreshed();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.accountId = value;
                                else
                                    delete message.accountId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.provider = value;
                                else
                                    delete message.provider;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.expiresAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.expiresAt);
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.refreshExpiresAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.refreshExpiresAt);
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.generation = value;
                                else
                                    delete message.generation;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.trigger = value;
                                else
                                    delete message.trigger;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a TokenRefreshed message.
                 * @function verify
                 * @memberof keywarden.oauth.v1.TokenRefreshed
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                TokenRefreshed.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                        if (!$util.isString(message.accountId))
                            return "accountId: string expected";
                    if (message.provider != null && $Object.hasOwnProperty.call(message, "provider"))
                        if (!$util.isString(message.provider))
                            return "provider: string expected";
                    if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt")) {
                        let error = $root.google.protobuf.Timestamp.verify(message.expiresAt, _depth + 1);
                        if (error)
                            return "expiresAt." + error;
                    }
                    if (message.refreshExpiresAt != null && $Object.hasOwnProperty.call(message, "refreshExpiresAt")) {
                        let error = $root.google.protobuf.Timestamp.verify(message.refreshExpiresAt, _depth + 1);
                        if (error)
                            return "refreshExpiresAt." + error;
                    }
                    if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                        if (!$util.isInteger(message.generation) && !(message.generation && $util.isInteger(message.generation.low) && $util.isInteger(message.generation.high)))
                            return "generation: integer|Long expected";
                    if (message.trigger != null && $Object.hasOwnProperty.call(message, "trigger"))
                        if (!$util.isString(message.trigger))
                            return "trigger: string expected";
                    return null;
                };

                /**
                 * Creates a TokenRefreshed message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keywarden.oauth.v1.TokenRefreshed
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {keywarden.oauth.v1.TokenRefreshed} TokenRefreshed
                 */
                TokenRefreshed.fromObject = function (object, _depth) {
                    if (object instanceof $root.keywarden.oauth.v1.TokenRefreshed)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".keywarden.oauth.v1.TokenRefreshed: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.keywarden.oauth.v1.TokenRefreshed();
                    if (object.accountId != null)
                        if (typeof object.accountId !== "string" || object.accountId.length)
                            message.accountId = $String(object.accountId);
                    if (object.provider != null)
                        if (typeof object.provider !== "string" || object.provider.length)
                            message.provider = $String(object.provider);
                    if (object.expiresAt != null) {
                        if (!$util.isObject(object.expiresAt))
                            throw $TypeError(".keywarden.oauth.v1.TokenRefreshed.expiresAt: object expected");
                        message.expiresAt = $root.google.protobuf.Timestamp.fromObject(object.expiresAt, _depth + 1);
                    }
                    if (object.refreshExpiresAt != null) {
                        if (!$util.isObject(object.refreshExpiresAt))
                            throw $TypeError(".keywarden.oauth.v1.TokenRefreshed.refreshExpiresAt: object expected");
                        message.refreshExpiresAt = $root.google.protobuf.Timestamp.fromObject(object.refreshExpiresAt, _depth + 1);
                    }
                    if (object.generation != null)
                        if (typeof object.generation === "object" ? object.generation.low || object.generation.high : $Number(object.generation) !== 0)
                            if ($util.Long)
                                message.generation = $util.Long.fromValue(object.generation, false);
                            else if (typeof object.generation === "string")
                                message.generation = $parseInt(object.generation, 10);
                            else if (typeof object.generation === "number")
                                message.generation = object.generation;
                            else if (typeof object.generation === "object")
                                message.generation = new $util.LongBits(object.generation.low >>> 0, object.generation.high >>> 0).toNumber();
                    if (object.trigger != null)
                        if (typeof object.trigger !== "string" || object.trigger.length)
                            message.trigger = $String(object.trigger);
                    return message;
                };

                /**
                 * Creates a plain object from a TokenRefreshed message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keywarden.oauth.v1.TokenRefreshed
                 * @static
                 * @param {keywarden.oauth.v1.TokenRefreshed} message TokenRefreshed
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                TokenRefreshed.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.accountId = "";
                        object.provider = "";
                        object.expiresAt = null;
                        object.refreshExpiresAt = null;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.generation = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.generation = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.trigger = "";
                    }
                    if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                        object.accountId = message.accountId;
                    if (message.provider != null && $Object.hasOwnProperty.call(message, "provider"))
                        object.provider = message.provider;
                    if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt"))
                        object.expiresAt = $root.google.protobuf.Timestamp.toObject(message.expiresAt, options, _depth + 1);
                    if (message.refreshExpiresAt != null && $Object.hasOwnProperty.call(message, "refreshExpiresAt"))
                        object.refreshExpiresAt = $root.google.protobuf.Timestamp.toObject(message.refreshExpiresAt, options, _depth + 1);
                    if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.generation = typeof message.generation === "number" ? $BigInt(message.generation) : $util.Long.fromBits(message.generation.low >>> 0, message.generation.high >>> 0, false).toBigInt();
                        else if (typeof message.generation === "number")
                            object.generation = options.longs === $String ? $String(message.generation) : message.generation;
                        else
                            object.generation = options.longs === $String ? $util.Long.prototype.toString.call(message.generation) : options.longs === $Number ? new $util.LongBits(message.generation.low >>> 0, message.generation.high >>> 0).toNumber() : message.generation;
                    if (message.trigger != null && $Object.hasOwnProperty.call(message, "trigger"))
                        object.trigger = message.trigger;
                    return object;
                };

                /**
                 * Converts this TokenRefreshed to JSON.
                 * @function toJSON
                 * @memberof keywarden.oauth.v1.TokenRefreshed
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                TokenRefreshed.prototype.toJSON = function() {
                    return TokenRefreshed.toObject(this, $protobuf.util.toJSONOptions);
                };

                return TokenRefreshed;
            })();

            v1.TokenRefreshFailed = (function() {

                /**
                 * Properties of a TokenRefreshFailed.
                 * @typedef {Object} keywarden.oauth.v1.TokenRefreshFailed.$Properties
                 * @property {string|null} [accountId] TokenRefreshFailed accountId
                 * @property {string|null} [provider] TokenRefreshFailed provider
                 * @property {string|null} [errorClass] TokenRefreshFailed errorClass
                 * @property {string|null} [providerCode] TokenRefreshFailed providerCode
                 * @property {number|null} [attempt] TokenRefreshFailed attempt
                 * @property {boolean|null} [willRetry] TokenRefreshFailed willRetry
                 * @property {google.protobuf.Timestamp.$Properties|null} [nextAttemptAt] TokenRefreshFailed nextAttemptAt
                 * @property {number|null} [httpStatus] TokenRefreshFailed httpStatus
                 * @property {number|null} [generation] TokenRefreshFailed generation
                 * @property {string|null} [trigger] TokenRefreshFailed trigger
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TokenRefreshFailed.
                 * @memberof keywarden.oauth.v1
                 * @interface ITokenRefreshFailed
                 * @augments keywarden.oauth.v1.TokenRefreshFailed.$Properties
                 * @deprecated Use keywarden.oauth.v1.TokenRefreshFailed.$Properties instead.
                 */

                /**
                 * Shape of a TokenRefreshFailed.
                 * @typedef {keywarden.oauth.v1.TokenRefreshFailed.$Properties} keywarden.oauth.v1.TokenRefreshFailed.$Shape
                 */

                /**
                 * Constructs a new TokenRefreshFailed.
                 * @memberof keywarden.oauth.v1
                 * @classdesc Represents a TokenRefreshFailed.
                 * @constructor
                 * @param {keywarden.oauth.v1.TokenRefreshFailed.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const TokenRefreshFailed = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * TokenRefreshFailed accountId.
                 * @member {string} accountId
                 * @memberof keywarden.oauth.v1.TokenRefreshFailed
                 * @instance
                 */
                TokenRefreshFailed.prototype.accountId = "";

                /**
                 * TokenRefreshFailed provider.
                 * @member {string} provider
                 * @memberof keywarden.oauth.v1.TokenRefreshFailed
                 * @instance
                 */
                TokenRefreshFailed.prototype.provider = "";

                /**
                 * TokenRefreshFailed errorClass.
                 * @member {string} errorClass
                 * @memberof keywarden.oauth.v1.TokenRefreshFailed
                 * @instance
                 */
                TokenRefreshFailed.prototype.errorClass = "";

                /**
                 * TokenRefreshFailed providerCode.
                 * @member {string} providerCode
                 * @memberof keywarden.oauth.v1.TokenRefreshFailed
                 * @instance
                 */
                TokenRefreshFailed.prototype.providerCode = "";

                /**
                 * TokenRefreshFailed attempt.
                 * @member {number} attempt
                 * @memberof keywarden.oauth.v1.TokenRefreshFailed
                 * @instance
                 */
                TokenRefreshFailed.prototype.attempt = 0;

                /**
                 * TokenRefreshFailed willRetry.
                 * @member {boolean} willRetry
                 * @memberof keywarden.oauth.v1.TokenRefreshFailed
                 * @instance
                 */
                TokenRefreshFailed.prototype.willRetry = false;

                /**
                 * TokenRefreshFailed nextAttemptAt.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} nextAttemptAt
                 * @memberof keywarden.oauth.v1.TokenRefreshFailed
                 * @instance
                 */
                TokenRefreshFailed.prototype.nextAttemptAt = null;

                /**
                 * TokenRefreshFailed httpStatus.
                 * @member {number} httpStatus
                 * @memberof keywarden.oauth.v1.TokenRefreshFailed
                 * @instance
                 */
                TokenRefreshFailed.prototype.httpStatus = 0;

                /**
                 * TokenRefreshFailed generation.
                 * @member {number} generation
                 * @memberof keywarden.oauth.v1.TokenRefreshFailed
                 * @instance
                 */
                TokenRefreshFailed.prototype.generation = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * TokenRefreshFailed trigger.
                 * @member {string} trigger
                 * @memberof keywarden.oauth.v1.TokenRefreshFailed
                 * @instance
                 */
                TokenRefreshFailed.prototype.trigger = "";

                /**
                 * Encodes the specified TokenRefreshFailed message. Does not implicitly {@link keywarden.oauth.v1.TokenRefreshFailed.verify|verify} messages.
                 * @function encode
                 * @memberof keywarden.oauth.v1.TokenRefreshFailed
                 * @static
                 * @param {keywarden.oauth.v1.TokenRefreshFailed.$Properties} message TokenRefreshFailed message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TokenRefreshFailed.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId") && message.accountId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.accountId);
                    if (message.provider != null && $Object.hasOwnProperty.call(message, "provider") && message.provider !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.provider);
                    if (message.errorClass != null && $Object.hasOwnProperty.call(message, "errorClass") && message.errorClass !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.errorClass);
                    if (message.providerCode != null && $Object.hasOwnProperty.call(message, "providerCode") && message.providerCode !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.providerCode);
                    if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).int32(message.attempt);
                    if (message.willRetry != null && $Object.hasOwnProperty.call(message, "willRetry") && message.willRetry !== false)
                        writer.uint32(/* id 6, wireType 0 =*/48).bool(message.willRetry);
                    if (message.nextAttemptAt != null && $Object.hasOwnProperty.call(message, "nextAttemptAt"))
                        $root.google.protobuf.Timestamp.encode(message.nextAttemptAt, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.httpStatus != null && $Object.hasOwnProperty.call(message, "httpStatus") && message.httpStatus !== 0)
                        writer.uint32(/* id 8, wireType 0 =*/64).int32(message.httpStatus);
                    if (message.generation != null && $Object.hasOwnProperty.call(message, "generation") && (typeof message.generation === "object" ? message.generation.low || message.generation.high : message.generation !== 0))
                        writer.uint32(/* id 9, wireType 0 =*/72).int64(message.generation);
                    if (message.trigger != null && $Object.hasOwnProperty.call(message, "trigger") && message.trigger !== "")
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.trigger);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a TokenRefreshFailed message from the specified reader or buffer.
                 * @function decode
                 * @memberof keywarden.oauth.v1.TokenRefreshFailed
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.TokenRefreshFailed & keywarden.oauth.v1.TokenRefreshFailed.$Shape} TokenRefreshFailed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TokenRefreshFailed.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.keywarden.oauth.v1.TokenRefreshFailed();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.accountId = value;
                                else
                                    delete message.accountId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.provider = value;
                                else
                                    delete message.provider;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.errorClass = value;
                                else
                                    delete message.errorClass;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.providerCode = value;
                                else
                                    delete message.providerCode;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.attempt = value;
                                else
                                    delete message.attempt;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.willRetry = value;
                                else
                                    delete message.willRetry;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                message.nextAttemptAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.nextAttemptAt);
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.httpStatus = value;
                                else
                                    delete message.httpStatus;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.generation = value;
                                else
                                    delete message.generation;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.trigger = value;
                                else
                                    delete message.trigger;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a TokenRefreshFailed message.
                 * @function verify
                 * @memberof keywarden.oauth.v1.TokenRefreshFailed
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                TokenRefreshFailed.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                        if (!$util.isString(message.accountId))
                            return "accountId: string expected";
                    if (message.provider != null && $Object.hasOwnProperty.call(message, "provider"))
                        if (!$util.isString(message.provider))
                            return "provider: string expected";
                    if (message.errorClass != null && $Object.hasOwnProperty.call(message, "errorClass"))
                        if (!$util.isString(message.errorClass))
                            return "errorClass: string expected";
                    if (message.providerCode != null && $Object.hasOwnProperty.call(message, "providerCode"))
                        if (!$util.isString(message.providerCode))
                            return "providerCode: string expected";
                    if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                        if (!$util.isInteger(message.attempt))
                            return "attempt: integer expected";
                    if (message.willRetry != null && $Object.hasOwnProperty.call(message, "willRetry"))
                        if (typeof message.willRetry !== "boolean")
                            return "willRetry: boolean expected";
                    if (message.nextAttemptAt != null && $Object.hasOwnProperty.call(message, "nextAttemptAt")) {
                        let error = $root.google.protobuf.Timestamp.verify(message.nextAttemptAt, _depth + 1);
                        if (error)
                            return "nextAttemptAt." + error;
                    }
                    if (message.httpStatus != null && $Object.hasOwnProperty.call(message, "httpStatus"))
                        if (!$util.isInteger(message.httpStatus))
                            return "httpStatus: integer expected";
                    if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                        if (!$util.isInteger(message.generation) && !(message.generation && $util.isInteger(message.generation.low) && $util.isInteger(message.generation.high)))
                            return "generation: integer|Long expected";
                    if (message.trigger != null && $Object.hasOwnProperty.call(message, "trigger"))
                        if (!$util.isString(message.trigger))
                            return "trigger: string expected";
                    return null;
                };

                /**
                 * Creates a TokenRefreshFailed message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keywarden.oauth.v1.TokenRefreshFailed
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {keywarden.oauth.v1.TokenRefreshFailed} TokenRefreshFailed
                 */
                TokenRefreshFailed.fromObject = function (object, _depth) {
                    if (object instanceof $root.keywarden.oauth.v1.TokenRefreshFailed)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".keywarden.oauth.v1.TokenRefreshFailed: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.keywarden.oauth.v1.TokenRefreshFailed();
                    if (object.accountId != null)
                        if (typeof object.accountId !== "string" || object.accountId.length)
                            message.accountId = $String(object.accountId);
                    if (object.provider != null)
                        if (typeof object.provider !== "string" || object.provider.length)
                            message.provider = $String(object.provider);
                    if (object.errorClass != null)
                        if (typeof object.errorClass !== "string" || object.errorClass.length)
                            message.errorClass = $String(object.errorClass);
                    if (object.providerCode != null)
                        if (typeof object.providerCode !== "string" || object.providerCode.length)
                            message.providerCode = $String(object.providerCode);
                    if (object.attempt != null)
                        if ($Number(object.attempt) !== 0)
                            message.attempt = object.attempt | 0;
                    if (object.willRetry != null)
                        if (object.willRetry)
                            message.willRetry = $Boolean(object.willRetry);
                    if (object.nextAttemptAt != null) {
                        if (!$util.isObject(object.nextAttemptAt))
                            throw $TypeError(".keywarden.oauth.v1.TokenRefreshFailed.nextAttemptAt: object expected");
                        message.nextAttemptAt = $root.google.protobuf.Timestamp.fromObject(object.nextAttemptAt, _depth + 1);
                    }
                    if (object.httpStatus != null)
                        if ($Number(object.httpStatus) !== 0)
                            message.httpStatus = object.httpStatus | 0;
                    if (object.generation != null)
                        if (typeof object.generation === "object" ? object.generation.low || object.generation.high : $Number(object.generation) !== 0)
                            if ($util.Long)
                                message.generation = $util.Long.fromValue(object.generation, false);
                            else if (typeof object.generation === "string")
                                message.generation = $parseInt(object.generation, 10);
                            else if (typeof object.generation === "number")
                                message.generation = object.generation;
                            else if (typeof object.generation === "object")
                                message.generation = new $util.LongBits(object.generation.low >>> 0, object.generation.high >>> 0).toNumber();
                    if (object.trigger != null)
                        if (typeof object.trigger !== "string" || object.trigger.length)
                            message.trigger = $String(object.trigger);
                    return message;
                };

                /**
                 * Creates a plain object from a TokenRefreshFailed message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keywarden.oauth.v1.TokenRefreshFailed
                 * @static
                 * @param {keywarden.oauth.v1.TokenRefreshFailed} message TokenRefreshFailed
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                TokenRefreshFailed.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.accountId = "";
                        object.provider = "";
                        object.errorClass = "";
                        object.providerCode = "";
                        object.attempt = 0;
                        object.willRetry = false;
                        object.nextAttemptAt = null;
                        object.httpStatus = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.generation = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.generation = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.trigger = "";
                    }
                    if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                        object.accountId = message.accountId;
                    if (message.provider != null && $Object.hasOwnProperty.call(message, "provider"))
                        object.provider = message.provider;
                    if (message.errorClass != null && $Object.hasOwnProperty.call(message, "errorClass"))
                        object.errorClass = message.errorClass;
                    if (message.providerCode != null && $Object.hasOwnProperty.call(message, "providerCode"))
                        object.providerCode = message.providerCode;
                    if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                        object.attempt = message.attempt;
                    if (message.willRetry != null && $Object.hasOwnProperty.call(message, "willRetry"))
                        object.willRetry = message.willRetry;
                    if (message.nextAttemptAt != null && $Object.hasOwnProperty.call(message, "nextAttemptAt"))
                        object.nextAttemptAt = $root.google.protobuf.Timestamp.toObject(message.nextAttemptAt, options, _depth + 1);
                    if (message.httpStatus != null && $Object.hasOwnProperty.call(message, "httpStatus"))
                        object.httpStatus = message.httpStatus;
                    if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.generation = typeof message.generation === "number" ? $BigInt(message.generation) : $util.Long.fromBits(message.generation.low >>> 0, message.generation.high >>> 0, false).toBigInt();
                        else if (typeof message.generation === "number")
                            object.generation = options.longs === $String ? $String(message.generation) : message.generation;
                        else
                            object.generation = options.longs === $String ? $util.Long.prototype.toString.call(message.generation) : options.longs === $Number ? new $util.LongBits(message.generation.low >>> 0, message.generation.high >>> 0).toNumber() : message.generation;
                    if (message.trigger != null && $Object.hasOwnProperty.call(message, "trigger"))
                        object.trigger = message.trigger;
                    return object;
                };

                /**
                 * Converts this TokenRefreshFailed to JSON.
                 * @function toJSON
                 * @memberof keywarden.oauth.v1.TokenRefreshFailed
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                TokenRefreshFailed.prototype.toJSON = function() {
                    return TokenRefreshFailed.toObject(this, $protobuf.util.toJSONOptions);
                };

                return TokenRefreshFailed;
            })();

            v1.ReauthorizationRequired = (function() {

                /**
                 * Properties of a ReauthorizationRequired.
                 * @typedef {Object} keywarden.oauth.v1.ReauthorizationRequired.$Properties
                 * @property {string|null} [accountId] ReauthorizationRequired accountId
                 * @property {string|null} [provider] ReauthorizationRequired provider
                 * @property {string|null} [userId] ReauthorizationRequired userId
                 * @property {string|null} [errorClass] ReauthorizationRequired errorClass
                 * @property {string|null} [providerCode] ReauthorizationRequired providerCode
                 * @property {number|null} [generation] ReauthorizationRequired generation
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ReauthorizationRequired.
                 * @memberof keywarden.oauth.v1
                 * @interface IReauthorizationRequired
                 * @augments keywarden.oauth.v1.ReauthorizationRequired.$Properties
                 * @deprecated Use keywarden.oauth.v1.ReauthorizationRequired.$Properties instead.
                 */

                /**
                 * Shape of a ReauthorizationRequired.
                 * @typedef {keywarden.oauth.v1.ReauthorizationRequired.$Properties} keywarden.oauth.v1.ReauthorizationRequired.$Shape
                 */

                /**
                 * Constructs a new ReauthorizationRequired.
                 * @memberof keywarden.oauth.v1
                 * @classdesc Represents a ReauthorizationRequired.
                 * @constructor
                 * @param {keywarden.oauth.v1.ReauthorizationRequired.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ReauthorizationRequired = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ReauthorizationRequired accountId.
                 * @member {string} accountId
                 * @memberof keywarden.oauth.v1.ReauthorizationRequired
                 * @instance
                 */
                ReauthorizationRequired.prototype.accountId = "";

                /**
                 * ReauthorizationRequired provider.
                 * @member {string} provider
                 * @memberof keywarden.oauth.v1.ReauthorizationRequired
                 * @instance
                 */
                ReauthorizationRequired.prototype.provider = "";

                /**
                 * ReauthorizationRequired userId.
                 * @member {string} userId
                 * @memberof keywarden.oauth.v1.ReauthorizationRequired
                 * @instance
                 */
                ReauthorizationRequired.prototype.userId = "";

                /**
                 * ReauthorizationRequired errorClass.
                 * @member {string} errorClass
                 * @memberof keywarden.oauth.v1.ReauthorizationRequired
                 * @instance
                 */
                ReauthorizationRequired.prototype.errorClass = "";

                /**
                 * ReauthorizationRequired providerCode.
                 * @member {string} providerCode
                 * @memberof keywarden.oauth.v1.ReauthorizationRequired
                 * @instance
                 */
                ReauthorizationRequired.prototype.providerCode = "";

                /**
                 * ReauthorizationRequired generation.
                 * @member {number} generation
                 * @memberof keywarden.oauth.v1.ReauthorizationRequired
                 * @instance
                 */
                ReauthorizationRequired.prototype.generation = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Encodes the specified ReauthorizationRequired message. Does not implicitly {@link keywarden.oauth.v1.ReauthorizationRequired.verify|verify} messages.
                 * @function encode
                 * @memberof keywarden.oauth.v1.ReauthorizationRequired
                 * @static
                 * @param {keywarden.oauth.v1.ReauthorizationRequired.$Properties} message ReauthorizationRequired message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ReauthorizationRequired.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId") && message.accountId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.accountId);
                    if (message.provider != null && $Object.hasOwnProperty.call(message, "provider") && message.provider !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.provider);
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.userId);
                    if (message.errorClass != null && $Object.hasOwnProperty.call(message, "errorClass") && message.errorClass !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.errorClass);
                    if (message.providerCode != null && $Object.hasOwnProperty.call(message, "providerCode") && message.providerCode !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.providerCode);
                    if (message.generation != null && $Object.hasOwnProperty.call(message, "generation") && (typeof message.generation === "object" ? message.generation.low || message.generation.high : message.generation !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).int64(message.generation);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ReauthorizationRequired message from the specified reader or buffer.
                 * @function decode
                 * @memberof keywarden.oauth.v1.ReauthorizationRequired
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.ReauthorizationRequired & keywarden.oauth.v1.ReauthorizationRequired.$Shape} ReauthorizationRequired
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ReauthorizationRequired.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.keywarden.oauth.v1.ReauthorizationRequired();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.accountId = value;
                                else
                                    delete message.accountId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.provider = value;
                                else
                                    delete message.provider;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.errorClass = value;
                                else
                                    delete message.errorClass;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.providerCode = value;
                                else
                                    delete message.providerCode;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.generation = value;
                                else
                                    delete message.generation;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a ReauthorizationRequired message.
                 * @function verify
                 * @memberof keywarden.oauth.v1.ReauthorizationRequired
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ReauthorizationRequired.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                        if (!$util.isString(message.accountId))
                            return "accountId: string expected";
                    if (message.provider != null && $Object.hasOwnProperty.call(message, "provider"))
                        if (!$util.isString(message.provider))
                            return "provider: string expected";
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        if (!$util.isString(message.userId))
                            return "userId: string expected";
                    if (message.errorClass != null && $Object.hasOwnProperty.call(message, "errorClass"))
                        if (!$util.isString(message.errorClass))
                            return "errorClass: string expected";
                    if (message.providerCode != null && $Object.hasOwnProperty.call(message, "providerCode"))
                        if (!$util.isString(message.providerCode))
                            return "providerCode: string expected";
                    if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                        if (!$util.isInteger(message.generation) && !(message.generation && $util.isInteger(message.generation.low) && $util.isInteger(message.generation.high)))
                            return "generation: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a ReauthorizationRequired message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keywarden.oauth.v1.ReauthorizationRequired
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {keywarden.oauth.v1.ReauthorizationRequired} ReauthorizationRequired
                 */
                ReauthorizationRequired.fromObject = function (object, _depth) {
                    if (object instanceof $root.keywarden.oauth.v1.ReauthorizationRequired)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".keywarden.oauth.v1.ReauthorizationRequired: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.keywarden.oauth.v1.ReauthorizationRequired();
                    if (object.accountId != null)
                        if (typeof object.accountId !== "string" || object.accountId.length)
                            message.accountId = $String(object.accountId);
                    if (object.provider != null)
                        if (typeof object.provider !== "string" || object.provider.length)
                            message.provider = $String(object.provider);
                    if (object.userId != null)
                        if (typeof object.userId !== "string" || object.userId.length)
                            message.userId = $String(object.userId);
                    if (object.errorClass != null)
                        if (typeof object.errorClass !== "string" || object.errorClass.length)
                            message.errorClass = $String(object.errorClass);
                    if (object.providerCode != null)
                        if (typeof object.providerCode !== "string" || object.providerCode.length)
                            message.providerCode = $String(object.providerCode);
                    if (object.generation != null)
                        if (typeof object.generation === "object" ? object.generation.low || object.generation.high : $Number(object.generation) !== 0)
                            if ($util.Long)
                                message.generation = $util.Long.fromValue(object.generation, false);
                            else if (typeof object.generation === "string")
                                message.generation = $parseInt(object.generation, 10);
                            else if (typeof object.generation === "number")
                                message.generation = object.generation;
                            else if (typeof object.generation === "object")
                                message.generation = new $util.LongBits(object.generation.low >>> 0, object.generation.high >>> 0).toNumber();
                    return message;
                };

                /**
                 * Creates a plain object from a ReauthorizationRequired message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keywarden.oauth.v1.ReauthorizationRequired
                 * @static
                 * @param {keywarden.oauth.v1.ReauthorizationRequired} message ReauthorizationRequired
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ReauthorizationRequired.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.accountId = "";
                        object.provider = "";
                        object.userId = "";
                        object.errorClass = "";
                        object.providerCode = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.generation = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.generation = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                        object.accountId = message.accountId;
                    if (message.provider != null && $Object.hasOwnProperty.call(message, "provider"))
                        object.provider = message.provider;
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        object.userId = message.userId;
                    if (message.errorClass != null && $Object.hasOwnProperty.call(message, "errorClass"))
                        object.errorClass = message.errorClass;
                    if (message.providerCode != null && $Object.hasOwnProperty.call(message, "providerCode"))
                        object.providerCode = message.providerCode;
                    if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.generation = typeof message.generation === "number" ? $BigInt(message.generation) : $util.Long.fromBits(message.generation.low >>> 0, message.generation.high >>> 0, false).toBigInt();
                        else if (typeof message.generation === "number")
                            object.generation = options.longs === $String ? $String(message.generation) : message.generation;
                        else
                            object.generation = options.longs === $String ? $util.Long.prototype.toString.call(message.generation) : options.longs === $Number ? new $util.LongBits(message.generation.low >>> 0, message.generation.high >>> 0).toNumber() : message.generation;
                    return object;
                };

                /**
                 * Converts this ReauthorizationRequired to JSON.
                 * @function toJSON
                 * @memberof keywarden.oauth.v1.ReauthorizationRequired
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ReauthorizationRequired.prototype.toJSON = function() {
                    return ReauthorizationRequired.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ReauthorizationRequired;
            })();

            v1.RefreshTokenExpiring = (function() {

                /**
                 * Properties of a RefreshTokenExpiring.
                 * @typedef {Object} keywarden.oauth.v1.RefreshTokenExpiring.$Properties
                 * @property {string|null} [accountId] RefreshTokenExpiring accountId
                 * @property {string|null} [provider] RefreshTokenExpiring provider
                 * @property {string|null} [userId] RefreshTokenExpiring userId
                 * @property {number|null} [daysLeft] RefreshTokenExpiring daysLeft
                 * @property {number|null} [thresholdDays] RefreshTokenExpiring thresholdDays
                 * @property {google.protobuf.Timestamp.$Properties|null} [expiresAt] RefreshTokenExpiring expiresAt
                 * @property {number|null} [generation] RefreshTokenExpiring generation
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RefreshTokenExpiring.
                 * @memberof keywarden.oauth.v1
                 * @interface IRefreshTokenExpiring
                 * @augments keywarden.oauth.v1.RefreshTokenExpiring.$Properties
                 * @deprecated Use keywarden.oauth.v1.RefreshTokenExpiring.$Properties instead.
                 */

                /**
                 * Shape of a RefreshTokenExpiring.
                 * @typedef {keywarden.oauth.v1.RefreshTokenExpiring.$Properties} keywarden.oauth.v1.RefreshTokenExpiring.$Shape
                 */

                /**
                 * Constructs a new RefreshTokenExpiring.
                 * @memberof keywarden.oauth.v1
                 * @classdesc Represents a RefreshTokenExpiring.
                 * @constructor
                 * @param {keywarden.oauth.v1.RefreshTokenExpiring.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RefreshTokenExpiring = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RefreshTokenExpiring accountId.
                 * @member {string} accountId
                 * @memberof keywarden.oauth.v1.RefreshTokenExpiring
                 * @instance
                 */
                RefreshTokenExpiring.prototype.accountId = "";

                /**
                 * RefreshTokenExpiring provider.
                 * @member {string} provider
                 * @memberof keywarden.oauth.v1.RefreshTokenExpiring
                 * @instance
                 */
                RefreshTokenExpiring.prototype.provider = "";

                /**
                 * RefreshTokenExpiring userId.
                 * @member {string} userId
                 * @memberof keywarden.oauth.v1.RefreshTokenExpiring
                 * @instance
                 */
                RefreshTokenExpiring.prototype.userId = "";

                /**
                 * RefreshTokenExpiring daysLeft.
                 * @member {number} daysLeft
                 * @memberof keywarden.oauth.v1.RefreshTokenExpiring
                 * @instance
                 */
                RefreshTokenExpiring.prototype.daysLeft = 0;

                /**
                 * RefreshTokenExpiring thresholdDays.
                 * @member {number} thresholdDays
                 * @memberof keywarden.oauth.v1.RefreshTokenExpiring
                 * @instance
                 */
                RefreshTokenExpiring.prototype.thresholdDays = 0;

                /**
                 * RefreshTokenExpiring expiresAt.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} expiresAt
                 * @memberof keywarden.oauth.v1.RefreshTokenExpiring
                 * @instance
                 */
                RefreshTokenExpiring.prototype.expiresAt = null;

                /**
                 * RefreshTokenExpiring generation.
                 * @member {number} generation
                 * @memberof keywarden.oauth.v1.RefreshTokenExpiring
                 * @instance
                 */
                RefreshTokenExpiring.prototype.generation = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Encodes the specified RefreshTokenExpiring message. Does not implicitly {@link keywarden.oauth.v1.RefreshTokenExpiring.verify|verify} messages.
                 * @function encode
                 * @memberof keywarden.oauth.v1.RefreshTokenExpiring
                 * @static
                 * @param {keywarden.oauth.v1.RefreshTokenExpiring.$Properties} message RefreshTokenExpiring message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RefreshTokenExpiring.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId") && message.accountId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.accountId);
                    if (message.provider != null && $Object.hasOwnProperty.call(message, "provider") && message.provider !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.provider);
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.userId);
                    if (message.daysLeft != null && $Object.hasOwnProperty.call(message, "daysLeft") && message.daysLeft !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).int32(message.daysLeft);
                    if (message.thresholdDays != null && $Object.hasOwnProperty.call(message, "thresholdDays") && message.thresholdDays !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).int32(message.thresholdDays);
                    if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt"))
                        $root.google.protobuf.Timestamp.encode(message.expiresAt, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.generation != null && $Object.hasOwnProperty.call(message, "generation") && (typeof message.generation === "object" ? message.generation.low || message.generation.high : message.generation !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).int64(message.generation);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RefreshTokenExpiring message from the specified reader or buffer.
                 * @function decode
                 * @memberof keywarden.oauth.v1.RefreshTokenExpiring
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.RefreshTokenExpiring & keywarden.oauth.v1.RefreshTokenExpiring.$Shape} RefreshTokenExpiring
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RefreshTokenExpiring.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.keywarden.oauth.v1.RefreshTokenExpiring();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.accountId = value;
                                else
                                    delete message.accountId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.provider = value;
                                else
                                    delete message.provider;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.daysLeft = value;
                                else
                                    delete message.daysLeft;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.thresholdDays = value;
                                else
                                    delete message.thresholdDays;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.expiresAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.expiresAt);
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.generation = value;
                                else
                                    delete message.generation;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a RefreshTokenExpiring message.
                 * @function verify
                 * @memberof keywarden.oauth.v1.RefreshTokenExpiring
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RefreshTokenExpiring.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                        if (!$util.isString(message.accountId))
                            return "accountId: string expected";
                    if (message.provider != null && $Object.hasOwnProperty.call(message, "provider"))
                        if (!$util.isString(message.provider))
                            return "provider: string expected";
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        if (!$util.isString(message.userId))
                            return "userId: string expected";
                    if (message.daysLeft != null && $Object.hasOwnProperty.call(message, "daysLeft"))
                        if (!$util.isInteger(message.daysLeft))
                            return "daysLeft: integer expected";
                    if (message.thresholdDays != null && $Object.hasOwnProperty.call(message, "thresholdDays"))
                        if (!$util.isInteger(message.thresholdDays))
                            return "thresholdDays: integer expected";
                    if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt")) {
                        let error = $root.google.protobuf.Timestamp.verify(message.expiresAt, _depth + 1);
                        if (error)
                            return "expiresAt." + error;
                    }
                    if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                        if (!$util.isInteger(message.generation) && !(message.generation && $util.isInteger(message.generation.low) && $util.isInteger(message.generation.high)))
                            return "generation: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a RefreshTokenExpiring message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keywarden.oauth.v1.RefreshTokenExpiring
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {keywarden.oauth.v1.RefreshTokenExpiring} RefreshTokenExpiring
                 */
                RefreshTokenExpiring.fromObject = function (object, _depth) {
                    if (object instanceof $root.keywarden.oauth.v1.RefreshTokenExpiring)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".keywarden.oauth.v1.RefreshTokenExpiring: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.keywarden.oauth.v1.RefreshTokenExpiring();
                    if (object.accountId != null)
                        if (typeof object.accountId !== "string" || object.accountId.length)
                            message.accountId = $String(object.accountId);
                    if (object.provider != null)
                        if (typeof object.provider !== "string" || object.provider.length)
                            message.provider = $String(object.provider);
                    if (object.userId != null)
                        if (typeof object.userId !== "string" || object.userId.length)
                            message.userId = $String(object.userId);
                    if (object.daysLeft != null)
                        if ($Number(object.daysLeft) !== 0)
                            message.daysLeft = object.daysLeft | 0;
                    if (object.thresholdDays != null)
                        if ($Number(object.thresholdDays) !== 0)
                            message.thresholdDays = object.thresholdDays | 0;
                    if (object.expiresAt != null) {
                        if (!$util.isObject(object.expiresAt))
                            throw $TypeError(".keywarden.oauth.v1.RefreshTokenExpiring.expiresAt: object expected");
                        message.expiresAt = $root.google.protobuf.Timestamp.fromObject(object.expiresAt, _depth + 1);
                    }
                    if (object.generation != null)
                        if (typeof object.generation === "object" ? object.generation.low || object.generation.high : $Number(object.generation) !== 0)
                            if ($util.Long)
                                message.generation = $util.Long.fromValue(object.generation, false);
                            else if (typeof object.generation === "string")
                                message.generation = $parseInt(object.generation, 10);
                            else if (typeof object.generation === "number")
                                message.generation = object.generation;
                            else if (typeof object.generation === "object")
                                message.generation = new $util.LongBits(object.generation.low >>> 0, object.generation.high >>> 0).toNumber();
                    return message;
                };

                /**
                 * Creates a plain object from a RefreshTokenExpiring message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keywarden.oauth.v1.RefreshTokenExpiring
                 * @static
                 * @param {keywarden.oauth.v1.RefreshTokenExpiring} message RefreshTokenExpiring
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RefreshTokenExpiring.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.accountId = "";
                        object.provider = "";
                        object.userId = "";
                        object.daysLeft = 0;
                        object.thresholdDays = 0;
                        object.expiresAt = null;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.generation = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.generation = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                        object.accountId = message.accountId;
                    if (message.provider != null && $Object.hasOwnProperty.call(message, "provider"))
                        object.provider = message.provider;
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        object.userId = message.userId;
                    if (message.daysLeft != null && $Object.hasOwnProperty.call(message, "daysLeft"))
                        object.daysLeft = message.daysLeft;
                    if (message.thresholdDays != null && $Object.hasOwnProperty.call(message, "thresholdDays"))
                        object.thresholdDays = message.thresholdDays;
                    if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt"))
                        object.expiresAt = $root.google.protobuf.Timestamp.toObject(message.expiresAt, options, _depth + 1);
                    if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.generation = typeof message.generation === "number" ? $BigInt(message.generation) : $util.Long.fromBits(message.generation.low >>> 0, message.generation.high >>> 0, false).toBigInt();
                        else if (typeof message.generation === "number")
                            object.generation = options.longs === $String ? $String(message.generation) : message.generation;
                        else
                            object.generation = options.longs === $String ? $util.Long.prototype.toString.call(message.generation) : options.longs === $Number ? new $util.LongBits(message.generation.low >>> 0, message.generation.high >>> 0).toNumber() : message.generation;
                    return object;
                };

                /**
                 * Converts this RefreshTokenExpiring to JSON.
                 * @function toJSON
                 * @memberof keywarden.oauth.v1.RefreshTokenExpiring
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RefreshTokenExpiring.prototype.toJSON = function() {
                    return RefreshTokenExpiring.toObject(this, $protobuf.util.toJSONOptions);
                };

                return RefreshTokenExpiring;
            })();

            v1.RefreshTokenExpired = (function() {

                /**
                 * Properties of a RefreshTokenExpired.
                 * @typedef {Object} keywarden.oauth.v1.RefreshTokenExpired.$Properties
                 * @property {string|null} [accountId] RefreshTokenExpired accountId
                 * @property {string|null} [provider] RefreshTokenExpired provider
                 * @property {string|null} [userId] RefreshTokenExpired userId
                 * @property {google.protobuf.Timestamp.$Properties|null} [expiredAt] RefreshTokenExpired expiredAt
                 * @property {number|null} [generation] RefreshTokenExpired generation
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RefreshTokenExpired.
                 * @memberof keywarden.oauth.v1
                 * @interface IRefreshTokenExpired
                 * @augments keywarden.oauth.v1.RefreshTokenExpired.$Properties
                 * @deprecated Use keywarden.oauth.v1.RefreshTokenExpired.$Properties instead.
                 */

                /**
                 * Shape of a RefreshTokenExpired.
                 * @typedef {keywarden.oauth.v1.RefreshTokenExpired.$Properties} keywarden.oauth.v1.RefreshTokenExpired.$Shape
                 */

                /**
                 * Constructs a new RefreshTokenExpired.
                 * @memberof keywarden.oauth.v1
                 * @classdesc Represents a RefreshTokenExpired.
                 * @constructor
                 * @param {keywarden.oauth.v1.RefreshTokenExpired.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RefreshTokenExpired = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RefreshTokenExpired accountId.
                 * @member {string} accountId
                 * @memberof keywarden.oauth.v1.RefreshTokenExpired
                 * @instance
                 */
                RefreshTokenExpired.prototype.accountId = "";

                /**
                 * RefreshTokenExpired provider.
                 * @member {string} provider
                 * @memberof keywarden.oauth.v1.RefreshTokenExpired
                 * @instance
                 */
                RefreshTokenExpired.prototype.provider = "";

                /**
                 * RefreshTokenExpired userId.
                 * @member {string} userId
                 * @memberof keywarden.oauth.v1.RefreshTokenExpired
                 * @instance
                 */
                RefreshTokenExpired.prototype.userId = "";

                /**
                 * RefreshTokenExpired expiredAt.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} expiredAt
                 * @memberof keywarden.oauth.v1.RefreshTokenExpired
                 * @instance
                 */
                RefreshTokenExpired.prototype.expiredAt = null;

                /**
                 * RefreshTokenExpired generation.
                 * @member {number} generation
                 * @memberof keywarden.oauth.v1.RefreshTokenExpired
                 * @instance
                 */
                RefreshTokenExpired.prototype.generation = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Encodes the specified RefreshTokenExpired message. Does not implicitly {@link keywarden.oauth.v1.RefreshTokenExpired.verify|verify} messages.
                 * @function encode
                 * @memberof keywarden.oauth.v1.RefreshTokenExpired
                 * @static
                 * @param {keywarden.oauth.v1.RefreshTokenExpired.$Properties} message RefreshTokenExpired message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RefreshTokenExpired.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId") && message.accountId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.accountId);
                    if (message.provider != null && $Object.hasOwnProperty.call(message, "provider") && message.provider !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.provider);
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.userId);
                    if (message.expiredAt != null && $Object.hasOwnProperty.call(message, "expiredAt"))
                        $root.google.protobuf.Timestamp.encode(message.expiredAt, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.generation != null && $Object.hasOwnProperty.call(message, "generation") && (typeof message.generation === "object" ? message.generation.low || message.generation.high : message.generation !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).int64(message.generation);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RefreshTokenExpired message from the specified reader or buffer.
                 * @function decode
                 * @memberof keywarden.oauth.v1.RefreshTokenExpired
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.RefreshTokenExpired & keywarden.oauth.v1.RefreshTokenExpired.$Shape} RefreshTokenExpired
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RefreshTokenExpired.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.keywarden.oauth.v1.RefreshTokenExpired();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.accountId = value;
                                else
                                    delete message.accountId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.provider = value;
                                else
                                    delete message.provider;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.expiredAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.expiredAt);
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.generation = value;
                                else
                                    delete message.generation;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a RefreshTokenExpired message.
                 * @function verify
                 * @memberof keywarden.oauth.v1.RefreshTokenExpired
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RefreshTokenExpired.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                        if (!$util.isString(message.accountId))
                            return "accountId: string expected";
                    if (message.provider != null && $Object.hasOwnProperty.call(message, "provider"))
                        if (!$util.isString(message.provider))
                            return "provider: string expected";
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        if (!$util.isString(message.userId))
                            return "userId: string expected";
                    if (message.expiredAt != null && $Object.hasOwnProperty.call(message, "expiredAt")) {
                        let error = $root.google.protobuf.Timestamp.verify(message.expiredAt, _depth + 1);
                        if (error)
                            return "expiredAt." + error;
                    }
                    if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                        if (!$util.isInteger(message.generation) && !(message.generation && $util.isInteger(message.generation.low) && $util.isInteger(message.generation.high)))
                            return "generation: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a RefreshTokenExpired message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keywarden.oauth.v1.RefreshTokenExpired
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {keywarden.oauth.v1.RefreshTokenExpired} RefreshTokenExpired
                 */
                RefreshTokenExpired.fromObject = function (object, _depth) {
                    if (object instanceof $root.keywarden.oauth.v1.RefreshTokenExpired)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".keywarden.oauth.v1.RefreshTokenExpired: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.keywarden.oauth.v1.RefreshTokenExpired();
                    if (object.accountId != null)
                        if (typeof object.accountId !== "string" || object.accountId.length)
                            message.accountId = $String(object.accountId);
                    if (object.provider != null)
                        if (typeof object.provider !== "string" || object.provider.length)
                            message.provider = $String(object.provider);
                    if (object.userId != null)
                        if (typeof object.userId !== "string" || object.userId.length)
                            message.userId = $String(object.userId);
                    if (object.expiredAt != null) {
                        if (!$util.isObject(object.expiredAt))
                            throw $TypeError(".keywarden.oauth.v1.RefreshTokenExpired.expiredAt: object expected");
                        message.expiredAt = $root.google.protobuf.Timestamp.fromObject(object.expiredAt, _depth + 1);
                    }
                    if (object.generation != null)
                        if (typeof object.generation === "object" ? object.generation.low || object.generation.high : $Number(object.generation) !== 0)
                            if ($util.Long)
                                message.generation = $util.Long.fromValue(object.generation, false);
                            else if (typeof object.generation === "string")
                                message.generation = $parseInt(object.generation, 10);
                            else if (typeof object.generation === "number")
                                message.generation = object.generation;
                            else if (typeof object.generation === "object")
                                message.generation = new $util.LongBits(object.generation.low >>> 0, object.generation.high >>> 0).toNumber();
                    return message;
                };

                /**
                 * Creates a plain object from a RefreshTokenExpired message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keywarden.oauth.v1.RefreshTokenExpired
                 * @static
                 * @param {keywarden.oauth.v1.RefreshTokenExpired} message RefreshTokenExpired
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RefreshTokenExpired.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.accountId = "";
                        object.provider = "";
                        object.userId = "";
                        object.expiredAt = null;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.generation = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.generation = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                        object.accountId = message.accountId;
                    if (message.provider != null && $Object.hasOwnProperty.call(message, "provider"))
                        object.provider = message.provider;
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        object.userId = message.userId;
                    if (message.expiredAt != null && $Object.hasOwnProperty.call(message, "expiredAt"))
                        object.expiredAt = $root.google.protobuf.Timestamp.toObject(message.expiredAt, options, _depth + 1);
                    if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.generation = typeof message.generation === "number" ? $BigInt(message.generation) : $util.Long.fromBits(message.generation.low >>> 0, message.generation.high >>> 0, false).toBigInt();
                        else if (typeof message.generation === "number")
                            object.generation = options.longs === $String ? $String(message.generation) : message.generation;
                        else
                            object.generation = options.longs === $String ? $util.Long.prototype.toString.call(message.generation) : options.longs === $Number ? new $util.LongBits(message.generation.low >>> 0, message.generation.high >>> 0).toNumber() : message.generation;
                    return object;
                };

                /**
                 * Converts this RefreshTokenExpired to JSON.
                 * @function toJSON
                 * @memberof keywarden.oauth.v1.RefreshTokenExpired
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RefreshTokenExpired.prototype.toJSON = function() {
                    return RefreshTokenExpired.toObject(this, $protobuf.util.toJSONOptions);
                };

                return RefreshTokenExpired;
            })();

            v1.AccountDisconnected = (function() {

                /**
                 * Properties of an AccountDisconnected.
                 * @typedef {Object} keywarden.oauth.v1.AccountDisconnected.$Properties
                 * @property {string|null} [accountId] AccountDisconnected accountId
                 * @property {string|null} [provider] AccountDisconnected provider
                 * @property {string|null} [userId] AccountDisconnected userId
                 * @property {string|null} [actorUserId] AccountDisconnected actorUserId
                 * @property {string|null} [reason] AccountDisconnected reason
                 * @property {boolean|null} [revokedAtProvider] AccountDisconnected revokedAtProvider
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AccountDisconnected.
                 * @memberof keywarden.oauth.v1
                 * @interface IAccountDisconnected
                 * @augments keywarden.oauth.v1.AccountDisconnected.$Properties
                 * @deprecated Use keywarden.oauth.v1.AccountDisconnected.$Properties instead.
                 */

                /**
                 * Shape of an AccountDisconnected.
                 * @typedef {keywarden.oauth.v1.AccountDisconnected.$Properties} keywarden.oauth.v1.AccountDisconnected.$Shape
                 */

                /**
                 * Constructs a new AccountDisconnected.
                 * @memberof keywarden.oauth.v1
                 * @classdesc Represents an AccountDisconnected.
                 * @constructor
                 * @param {keywarden.oauth.v1.AccountDisconnected.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AccountDisconnected = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * AccountDisconnected accountId.
                 * @member {string} accountId
                 * @memberof keywarden.oauth.v1.AccountDisconnected
                 * @instance
                 */
                AccountDisconnected.prototype.accountId = "";

                /**
                 * AccountDisconnected provider.
                 * @member {string} provider
                 * @memberof keywarden.oauth.v1.AccountDisconnected
                 * @instance
                 */
                AccountDisconnected.prototype.provider = "";

                /**
                 * AccountDisconnected userId.
                 * @member {string} userId
                 * @memberof keywarden.oauth.v1.AccountDisconnected
                 * @instance
                 */
                AccountDisconnected.prototype.userId = "";

                /**
                 * AccountDisconnected actorUserId.
                 * @member {string} actorUserId
                 * @memberof keywarden.oauth.v1.AccountDisconnected
                 * @instance
                 */
                AccountDisconnected.prototype.actorUserId = "";

                /**
                 * AccountDisconnected reason.
                 * @member {string} reason
                 * @memberof keywarden.oauth.v1.AccountDisconnected
                 * @instance
                 */
                AccountDisconnected.prototype.reason = "";

                /**
                 * AccountDisconnected revokedAtProvider.
                 * @member {boolean} revokedAtProvider
                 * @memberof keywarden.oauth.v1.AccountDisconnected
                 * @instance
                 */
                AccountDisconnected.prototype.revokedAtProvider = false;

                /**
                 * Encodes the specified AccountDisconnected message. Does not implicitly {@link keywarden.oauth.v1.AccountDisconnected.verify|verify} messages.
                 * @function encode
                 * @memberof keywarden.oauth.v1.AccountDisconnected
                 * @static
                 * @param {keywarden.oauth.v1.AccountDisconnected.$Properties} message AccountDisconnected message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AccountDisconnected.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId") && message.accountId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.accountId);
                    if (message.provider != null && $Object.hasOwnProperty.call(message, "provider") && message.provider !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.provider);
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.userId);
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId") && message.actorUserId !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.actorUserId);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.reason);
                    if (message.revokedAtProvider != null && $Object.hasOwnProperty.call(message, "revokedAtProvider") && message.revokedAtProvider !== false)
                        writer.uint32(/* id 6, wireType 0 =*/48).bool(message.revokedAtProvider);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an AccountDisconnected message from the specified reader or buffer.
                 * @function decode
                 * @memberof keywarden.oauth.v1.AccountDisconnected
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.AccountDisconnected & keywarden.oauth.v1.AccountDisconnected.$Shape} AccountDisconnected
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AccountDisconnected.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.keywarden.oauth.v1.AccountDisconnected();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.accountId = value;
                                else
                                    delete message.accountId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.provider = value;
                                else
                                    delete message.provider;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.actorUserId = value;
                                else
                                    delete message.actorUserId;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.revokedAtProvider = value;
                                else
                                    delete message.revokedAtProvider;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies an AccountDisconnected message.
                 * @function verify
                 * @memberof keywarden.oauth.v1.AccountDisconnected
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                AccountDisconnected.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                        if (!$util.isString(message.accountId))
                            return "accountId: string expected";
                    if (message.provider != null && $Object.hasOwnProperty.call(message, "provider"))
                        if (!$util.isString(message.provider))
                            return "provider: string expected";
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        if (!$util.isString(message.userId))
                            return "userId: string expected";
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId"))
                        if (!$util.isString(message.actorUserId))
                            return "actorUserId: string expected";
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        if (!$util.isString(message.reason))
                            return "reason: string expected";
                    if (message.revokedAtProvider != null && $Object.hasOwnProperty.call(message, "revokedAtProvider"))
                        if (typeof message.revokedAtProvider !== "boolean")
                            return "revokedAtProvider: boolean expected";
                    return null;
                };

                /**
                 * Creates an AccountDisconnected message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keywarden.oauth.v1.AccountDisconnected
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {keywarden.oauth.v1.AccountDisconnected} AccountDisconnected
                 */
                AccountDisconnected.fromObject = function (object, _depth) {
                    if (object instanceof $root.keywarden.oauth.v1.AccountDisconnected)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".keywarden.oauth.v1.AccountDisconnected: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.keywarden.oauth.v1.AccountDisconnected();
                    if (object.accountId != null)
                        if (typeof object.accountId !== "string" || object.accountId.length)
                            message.accountId = $String(object.accountId);
                    if (object.provider != null)
                        if (typeof object.provider !== "string" || object.provider.length)
                            message.provider = $String(object.provider);
                    if (object.userId != null)
                        if (typeof object.userId !== "string" || object.userId.length)
                            message.userId = $String(object.userId);
                    if (object.actorUserId != null)
                        if (typeof object.actorUserId !== "string" || object.actorUserId.length)
                            message.actorUserId = $String(object.actorUserId);
                    if (object.reason != null)
                        if (typeof object.reason !== "string" || object.reason.length)
                            message.reason = $String(object.reason);
                    if (object.revokedAtProvider != null)
                        if (object.revokedAtProvider)
                            message.revokedAtProvider = $Boolean(object.revokedAtProvider);
                    return message;
                };

                /**
                 * Creates a plain object from an AccountDisconnected message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keywarden.oauth.v1.AccountDisconnected
                 * @static
                 * @param {keywarden.oauth.v1.AccountDisconnected} message AccountDisconnected
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AccountDisconnected.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.accountId = "";
                        object.provider = "";
                        object.userId = "";
                        object.actorUserId = "";
                        object.reason = "";
                        object.revokedAtProvider = false;
                    }
                    if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                        object.accountId = message.accountId;
                    if (message.provider != null && $Object.hasOwnProperty.call(message, "provider"))
                        object.provider = message.provider;
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        object.userId = message.userId;
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId"))
                        object.actorUserId = message.actorUserId;
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        object.reason = message.reason;
                    if (message.revokedAtProvider != null && $Object.hasOwnProperty.call(message, "revokedAtProvider"))
                        object.revokedAtProvider = message.revokedAtProvider;
                    return object;
                };

                /**
                 * Converts this AccountDisconnected to JSON.
                 * @function toJSON
                 * @memberof keywarden.oauth.v1.AccountDisconnected
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AccountDisconnected.prototype.toJSON = function() {
                    return AccountDisconnected.toObject(this, $protobuf.util.toJSONOptions);
                };

                return AccountDisconnected;
            })();

            v1.AccountMarkedExpired = (function() {

                /**
                 * Properties of an AccountMarkedExpired.
                 * @typedef {Object} keywarden.oauth.v1.AccountMarkedExpired.$Properties
                 * @property {string|null} [accountId] AccountMarkedExpired accountId
                 * @property {string|null} [provider] AccountMarkedExpired provider
                 * @property {string|null} [userId] AccountMarkedExpired userId
                 * @property {google.protobuf.Timestamp.$Properties|null} [failingSince] AccountMarkedExpired failingSince
                 * @property {string|null} [lastErrorClass] AccountMarkedExpired lastErrorClass
                 * @property {string|null} [lastProviderCode] AccountMarkedExpired lastProviderCode
                 * @property {number|null} [generation] AccountMarkedExpired generation
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AccountMarkedExpired.
                 * @memberof keywarden.oauth.v1
                 * @interface IAccountMarkedExpired
                 * @augments keywarden.oauth.v1.AccountMarkedExpired.$Properties
                 * @deprecated Use keywarden.oauth.v1.AccountMarkedExpired.$Properties instead.
                 */

                /**
                 * Shape of an AccountMarkedExpired.
                 * @typedef {keywarden.oauth.v1.AccountMarkedExpired.$Properties} keywarden.oauth.v1.AccountMarkedExpired.$Shape
                 */

                /**
                 * Constructs a new AccountMarkedExpired.
                 * @memberof keywarden.oauth.v1
                 * @classdesc Represents an AccountMarkedExpired.
                 * @constructor
                 * @param {keywarden.oauth.v1.AccountMarkedExpired.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AccountMarkedExpired = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * AccountMarkedExpired accountId.
                 * @member {string} accountId
                 * @memberof keywarden.oauth.v1.AccountMarkedExpired
                 * @instance
                 */
                AccountMarkedExpired.prototype.accountId = "";

                /**
                 * AccountMarkedExpired provider.
                 * @member {string} provider
                 * @memberof keywarden.oauth.v1.AccountMarkedExpired
                 * @instance
                 */
                AccountMarkedExpired.prototype.provider = "";

                /**
                 * AccountMarkedExpired userId.
                 * @member {string} userId
                 * @memberof keywarden.oauth.v1.AccountMarkedExpired
                 * @instance
                 */
                AccountMarkedExpired.prototype.userId = "";

                /**
                 * AccountMarkedExpired failingSince.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} failingSince
                 * @memberof keywarden.oauth.v1.AccountMarkedExpired
                 * @instance
                 */
                AccountMarkedExpired.prototype.failingSince = null;

                /**
                 * AccountMarkedExpired lastErrorClass.
                 * @member {string} lastErrorClass
                 * @memberof keywarden.oauth.v1.AccountMarkedExpired
                 * @instance
                 */
                AccountMarkedExpired.prototype.lastErrorClass = "";

                /**
                 * AccountMarkedExpired lastProviderCode.
                 * @member {string} lastProviderCode
                 * @memberof keywarden.oauth.v1.AccountMarkedExpired
                 * @instance
                 */
                AccountMarkedExpired.prototype.lastProviderCode = "";

                /**
                 * AccountMarkedExpired generation.
                 * @member {number} generation
                 * @memberof keywarden.oauth.v1.AccountMarkedExpired
                 * @instance
                 */
                AccountMarkedExpired.prototype.generation = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Encodes the specified AccountMarkedExpired message. Does not implicitly {@link keywarden.oauth.v1.AccountMarkedExpired.verify|verify} messages.
                 * @function encode
                 * @memberof keywarden.oauth.v1.AccountMarkedExpired
                 * @static
                 * @param {keywarden.oauth.v1.AccountMarkedExpired.$Properties} message AccountMarkedExpired message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AccountMarkedExpired.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId") && message.accountId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.accountId);
                    if (message.provider != null && $Object.hasOwnProperty.call(message, "provider") && message.provider !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.provider);
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.userId);
                    if (message.failingSince != null && $Object.hasOwnProperty.call(message, "failingSince"))
                        $root.google.protobuf.Timestamp.encode(message.failingSince, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.lastErrorClass != null && $Object.hasOwnProperty.call(message, "lastErrorClass") && message.lastErrorClass !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.lastErrorClass);
                    if (message.lastProviderCode != null && $Object.hasOwnProperty.call(message, "lastProviderCode") && message.lastProviderCode !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.lastProviderCode);
                    if (message.generation != null && $Object.hasOwnProperty.call(message, "generation") && (typeof message.generation === "object" ? message.generation.low || message.generation.high : message.generation !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).int64(message.generation);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an AccountMarkedExpired message from the specified reader or buffer.
                 * @function decode
                 * @memberof keywarden.oauth.v1.AccountMarkedExpired
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.AccountMarkedExpired & keywarden.oauth.v1.AccountMarkedExpired.$Shape} AccountMarkedExpired
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AccountMarkedExpired.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.keywarden.oauth.v1.AccountMarkedExpired();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.accountId = value;
                                else
                                    delete message.accountId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.provider = value;
                                else
                                    delete message.provider;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.failingSince = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.failingSince);
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.lastErrorClass = value;
                                else
                                    delete message.lastErrorClass;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.lastProviderCode = value;
                                else
                                    delete message.lastProviderCode;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.generation = value;
                                else
                                    delete message.generation;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies an AccountMarkedExpired message.
                 * @function verify
                 * @memberof keywarden.oauth.v1.AccountMarkedExpired
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                AccountMarkedExpired.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                        if (!$util.isString(message.accountId))
                            return "accountId: string expected";
                    if (message.provider != null && $Object.hasOwnProperty.call(message, "provider"))
                        if (!$util.isString(message.provider))
                            return "provider: string expected";
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        if (!$util.isString(message.userId))
                            return "userId: string expected";
                    if (message.failingSince != null && $Object.hasOwnProperty.call(message, "failingSince")) {
                        let error = $root.google.protobuf.Timestamp.verify(message.failingSince, _depth + 1);
                        if (error)
                            return "failingSince." + error;
                    }
                    if (message.lastErrorClass != null && $Object.hasOwnProperty.call(message, "lastErrorClass"))
                        if (!$util.isString(message.lastErrorClass))
                            return "lastErrorClass: string expected";
                    if (message.lastProviderCode != null && $Object.hasOwnProperty.call(message, "lastProviderCode"))
                        if (!$util.isString(message.lastProviderCode))
                            return "lastProviderCode: string expected";
                    if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                        if (!$util.isInteger(message.generation) && !(message.generation && $util.isInteger(message.generation.low) && $util.isInteger(message.generation.high)))
                            return "generation: integer|Long expected";
                    return null;
                };

                /**
                 * Creates an AccountMarkedExpired message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keywarden.oauth.v1.AccountMarkedExpired
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {keywarden.oauth.v1.AccountMarkedExpired} AccountMarkedExpired
                 */
                AccountMarkedExpired.fromObject = function (object, _depth) {
                    if (object instanceof $root.keywarden.oauth.v1.AccountMarkedExpired)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".keywarden.oauth.v1.AccountMarkedExpired: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.keywarden.oauth.v1.AccountMarkedExpired();
                    if (object.accountId != null)
                        if (typeof object.accountId !== "string" || object.accountId.length)
                            message.accountId = $String(object.accountId);
                    if (object.provider != null)
                        if (typeof object.provider !== "string" || object.provider.length)
                            message.provider = $String(object.provider);
                    if (object.userId != null)
                        if (typeof object.userId !== "string" || object.userId.length)
                            message.userId = $String(object.userId);
                    if (object.failingSince != null) {
                        if (!$util.isObject(object.failingSince))
                            throw $TypeError(".keywarden.oauth.v1.AccountMarkedExpired.failingSince: object expected");
                        message.failingSince = $root.google.protobuf.Timestamp.fromObject(object.failingSince, _depth + 1);
                    }
                    if (object.lastErrorClass != null)
                        if (typeof object.lastErrorClass !== "string" || object.lastErrorClass.length)
                            message.lastErrorClass = $String(object.lastErrorClass);
                    if (object.lastProviderCode != null)
                        if (typeof object.lastProviderCode !== "string" || object.lastProviderCode.length)
                            message.lastProviderCode = $String(object.lastProviderCode);
                    if (object.generation != null)
                        if (typeof object.generation === "object" ? object.generation.low || object.generation.high : $Number(object.generation) !== 0)
                            if ($util.Long)
                                message.generation = $util.Long.fromValue(object.generation, false);
                            else if (typeof object.generation === "string")
                                message.generation = $parseInt(object.generation, 10);
                            else if (typeof object.generation === "number")
                                message.generation = object.generation;
                            else if (typeof object.generation === "object")
                                message.generation = new $util.LongBits(object.generation.low >>> 0, object.generation.high >>> 0).toNumber();
                    return message;
                };

                /**
                 * Creates a plain object from an AccountMarkedExpired message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keywarden.oauth.v1.AccountMarkedExpired
                 * @static
                 * @param {keywarden.oauth.v1.AccountMarkedExpired} message AccountMarkedExpired
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AccountMarkedExpired.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.accountId = "";
                        object.provider = "";
                        object.userId = "";
                        object.failingSince = null;
                        object.lastErrorClass = "";
                        object.lastProviderCode = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.generation = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.generation = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                        object.accountId = message.accountId;
                    if (message.provider != null && $Object.hasOwnProperty.call(message, "provider"))
                        object.provider = message.provider;
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                        object.userId = message.userId;
                    if (message.failingSince != null && $Object.hasOwnProperty.call(message, "failingSince"))
                        object.failingSince = $root.google.protobuf.Timestamp.toObject(message.failingSince, options, _depth + 1);
                    if (message.lastErrorClass != null && $Object.hasOwnProperty.call(message, "lastErrorClass"))
                        object.lastErrorClass = message.lastErrorClass;
                    if (message.lastProviderCode != null && $Object.hasOwnProperty.call(message, "lastProviderCode"))
                        object.lastProviderCode = message.lastProviderCode;
                    if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.generation = typeof message.generation === "number" ? $BigInt(message.generation) : $util.Long.fromBits(message.generation.low >>> 0, message.generation.high >>> 0, false).toBigInt();
                        else if (typeof message.generation === "number")
                            object.generation = options.longs === $String ? $String(message.generation) : message.generation;
                        else
                            object.generation = options.longs === $String ? $util.Long.prototype.toString.call(message.generation) : options.longs === $Number ? new $util.LongBits(message.generation.low >>> 0, message.generation.high >>> 0).toNumber() : message.generation;
                    return object;
                };

                /**
                 * Converts this AccountMarkedExpired to JSON.
                 * @function toJSON
                 * @memberof keywarden.oauth.v1.AccountMarkedExpired
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AccountMarkedExpired.prototype.toJSON = function() {
                    return AccountMarkedExpired.toObject(this, $protobuf.util.toJSONOptions);
                };

                return AccountMarkedExpired;
            })();

            v1.GetAccessTokenRequest = (function() {

                /**
                 * Properties of a GetAccessTokenRequest.
                 * @typedef {Object} keywarden.oauth.v1.GetAccessTokenRequest.$Properties
                 * @property {string|null} [accountId] GetAccessTokenRequest accountId
                 * @property {number|null} [minValidMinutes] GetAccessTokenRequest minValidMinutes
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GetAccessTokenRequest.
                 * @memberof keywarden.oauth.v1
                 * @interface IGetAccessTokenRequest
                 * @augments keywarden.oauth.v1.GetAccessTokenRequest.$Properties
                 * @deprecated Use keywarden.oauth.v1.GetAccessTokenRequest.$Properties instead.
                 */

                /**
                 * Shape of a GetAccessTokenRequest.
                 * @typedef {keywarden.oauth.v1.GetAccessTokenRequest.$Properties} keywarden.oauth.v1.GetAccessTokenRequest.$Shape
                 */

                /**
                 * Constructs a new GetAccessTokenRequest.
                 * @memberof keywarden.oauth.v1
                 * @classdesc Represents a GetAccessTokenRequest.
                 * @constructor
                 * @param {keywarden.oauth.v1.GetAccessTokenRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GetAccessTokenRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * GetAccessTokenRequest accountId.
                 * @member {string} accountId
                 * @memberof keywarden.oauth.v1.GetAccessTokenRequest
                 * @instance
                 */
                GetAccessTokenRequest.prototype.accountId = "";

                /**
                 * GetAccessTokenRequest minValidMinutes.
                 * @member {number} minValidMinutes
                 * @memberof keywarden.oauth.v1.GetAccessTokenRequest
                 * @instance
                 */
                GetAccessTokenRequest.prototype.minValidMinutes = 0;

                /**
                 * Encodes the specified GetAccessTokenRequest message. Does not implicitly {@link keywarden.oauth.v1.GetAccessTokenRequest.verify|verify} messages.
                 * @function encode
                 * @memberof keywarden.oauth.v1.GetAccessTokenRequest
                 * @static
                 * @param {keywarden.oauth.v1.GetAccessTokenRequest.$Properties} message GetAccessTokenRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetAccessTokenRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId") && message.accountId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.accountId);
                    if (message.minValidMinutes != null && $Object.hasOwnProperty.call(message, "minValidMinutes") && message.minValidMinutes !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.minValidMinutes);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a GetAccessTokenRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof keywarden.oauth.v1.GetAccessTokenRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.GetAccessTokenRequest & keywarden.oauth.v1.GetAccessTokenRequest.$Shape} GetAccessTokenRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetAccessTokenRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.keywarden.oauth.v1.GetAccessTokenRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.accountId = value;
                                else
                                    delete message.accountId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.minValidMinutes = value;
                                else
                                    delete message.minValidMinutes;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a GetAccessTokenRequest message.
                 * @function verify
                 * @memberof keywarden.oauth.v1.GetAccessTokenRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                GetAccessTokenRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                        if (!$util.isString(message.accountId))
                            return "accountId: string expected";
                    if (message.minValidMinutes != null && $Object.hasOwnProperty.call(message, "minValidMinutes"))
                        if (!$util.isInteger(message.minValidMinutes))
                            return "minValidMinutes: integer expected";
                    return null;
                };

                /**
                 * Creates a GetAccessTokenRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keywarden.oauth.v1.GetAccessTokenRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {keywarden.oauth.v1.GetAccessTokenRequest} GetAccessTokenRequest
                 */
                GetAccessTokenRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.keywarden.oauth.v1.GetAccessTokenRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".keywarden.oauth.v1.GetAccessTokenRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.keywarden.oauth.v1.GetAccessTokenRequest();
                    if (object.accountId != null)
                        if (typeof object.accountId !== "string" || object.accountId.length)
                            message.accountId = $String(object.accountId);
                    if (object.minValidMinutes != null)
                        if ($Number(object.minValidMinutes) !== 0)
                            message.minValidMinutes = object.minValidMinutes | 0;
                    return message;
                };

                /**
                 * Creates a plain object from a GetAccessTokenRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keywarden.oauth.v1.GetAccessTokenRequest
                 * @static
                 * @param {keywarden.oauth.v1.GetAccessTokenRequest} message GetAccessTokenRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GetAccessTokenRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.accountId = "";
                        object.minValidMinutes = 0;
                    }
                    if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                        object.accountId = message.accountId;
                    if (message.minValidMinutes != null && $Object.hasOwnProperty.call(message, "minValidMinutes"))
                        object.minValidMinutes = message.minValidMinutes;
                    return object;
                };

                /**
                 * Converts this GetAccessTokenRequest to JSON.
                 * @function toJSON
                 * @memberof keywarden.oauth.v1.GetAccessTokenRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GetAccessTokenRequest.prototype.toJSON = function() {
                    return GetAccessTokenRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return GetAccessTokenRequest;
            })();

            v1.GetAccessTokenResponse = (function() {

                /**
                 * Properties of a GetAccessTokenResponse.
                 * @typedef {Object} keywarden.oauth.v1.GetAccessTokenResponse.$Properties
                 * @property {string|null} [accessToken] GetAccessTokenResponse accessToken
                 * @property {google.protobuf.Timestamp.$Properties|null} [expiresAt] GetAccessTokenResponse expiresAt
                 * @property {number|null} [generation] GetAccessTokenResponse generation
                 * @property {string|null} [usernameHint] GetAccessTokenResponse usernameHint
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GetAccessTokenResponse.
                 * @memberof keywarden.oauth.v1
                 * @interface IGetAccessTokenResponse
                 * @augments keywarden.oauth.v1.GetAccessTokenResponse.$Properties
                 * @deprecated Use keywarden.oauth.v1.GetAccessTokenResponse.$Properties instead.
                 */

                /**
                 * Shape of a GetAccessTokenResponse.
                 * @typedef {keywarden.oauth.v1.GetAccessTokenResponse.$Properties} keywarden.oauth.v1.GetAccessTokenResponse.$Shape
                 */

                /**
                 * Constructs a new GetAccessTokenResponse.
                 * @memberof keywarden.oauth.v1
                 * @classdesc Represents a GetAccessTokenResponse.
                 * @constructor
                 * @param {keywarden.oauth.v1.GetAccessTokenResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GetAccessTokenResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * GetAccessTokenResponse accessToken.
                 * @member {string} accessToken
                 * @memberof keywarden.oauth.v1.GetAccessTokenResponse
                 * @instance
                 */
                GetAccessTokenResponse.prototype.accessToken = "";

                /**
                 * GetAccessTokenResponse expiresAt.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} expiresAt
                 * @memberof keywarden.oauth.v1.GetAccessTokenResponse
                 * @instance
                 */
                GetAccessTokenResponse.prototype.expiresAt = null;

                /**
                 * GetAccessTokenResponse generation.
                 * @member {number} generation
                 * @memberof keywarden.oauth.v1.GetAccessTokenResponse
                 * @instance
                 */
                GetAccessTokenResponse.prototype.generation = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * GetAccessTokenResponse usernameHint.
                 * @member {string} usernameHint
                 * @memberof keywarden.oauth.v1.GetAccessTokenResponse
                 * @instance
                 */
                GetAccessTokenResponse.prototype.usernameHint = "";

                /**
                 * Encodes the specified GetAccessTokenResponse message. Does not implicitly {@link keywarden.oauth.v1.GetAccessTokenResponse.verify|verify} messages.
                 * @function encode
                 * @memberof keywarden.oauth.v1.GetAccessTokenResponse
                 * @static
                 * @param {keywarden.oauth.v1.GetAccessTokenResponse.$Properties} message GetAccessTokenResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetAccessTokenResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.accessToken != null && $Object.hasOwnProperty.call(message, "accessToken") && message.accessToken !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.accessToken);
                    if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt"))
                        $root.google.protobuf.Timestamp.encode(message.expiresAt, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.generation != null && $Object.hasOwnProperty.call(message, "generation") && (typeof message.generation === "object" ? message.generation.low || message.generation.high : message.generation !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).int64(message.generation);
                    if (message.usernameHint != null && $Object.hasOwnProperty.call(message, "usernameHint") && message.usernameHint !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.usernameHint);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a GetAccessTokenResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof keywarden.oauth.v1.GetAccessTokenResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.GetAccessTokenResponse & keywarden.oauth.v1.GetAccessTokenResponse.$Shape} GetAccessTokenResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetAccessTokenResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.keywarden.oauth.v1.GetAccessTokenResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.accessToken = value;
                                else
                                    delete message.accessToken;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.expiresAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.expiresAt);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.generation = value;
                                else
                                    delete message.generation;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.usernameHint = value;
                                else
                                    delete message.usernameHint;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a GetAccessTokenResponse message.
                 * @function verify
                 * @memberof keywarden.oauth.v1.GetAccessTokenResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                GetAccessTokenResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.accessToken != null && $Object.hasOwnProperty.call(message, "accessToken"))
                        if (!$util.isString(message.accessToken))
                            return "accessToken: string expected";
                    if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt")) {
                        let error = $root.google.protobuf.Timestamp.verify(message.expiresAt, _depth + 1);
                        if (error)
                            return "expiresAt." + error;
                    }
                    if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                        if (!$util.isInteger(message.generation) && !(message.generation && $util.isInteger(message.generation.low) && $util.isInteger(message.generation.high)))
                            return "generation: integer|Long expected";
                    if (message.usernameHint != null && $Object.hasOwnProperty.call(message, "usernameHint"))
                        if (!$util.isString(message.usernameHint))
                            return "usernameHint: string expected";
                    return null;
                };

                /**
                 * Creates a GetAccessTokenResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keywarden.oauth.v1.GetAccessTokenResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {keywarden.oauth.v1.GetAccessTokenResponse} GetAccessTokenResponse
                 */
                GetAccessTokenResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.keywarden.oauth.v1.GetAccessTokenResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".keywarden.oauth.v1.GetAccessTokenResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.keywarden.oauth.v1.GetAccessTokenResponse();
                    if (object.accessToken != null)
                        if (typeof object.accessToken !== "string" || object.accessToken.length)
                            message.accessToken = $String(object.accessToken);
                    if (object.expiresAt != null) {
                        if (!$util.isObject(object.expiresAt))
                            throw $TypeError(".keywarden.oauth.v1.GetAccessTokenResponse.expiresAt: object expected");
                        message.expiresAt = $root.google.protobuf.Timestamp.fromObject(object.expiresAt, _depth + 1);
                    }
                    if (object.generation != null)
                        if (typeof object.generation === "object" ? object.generation.low || object.generation.high : $Number(object.generation) !== 0)
                            if ($util.Long)
                                message.generation = $util.Long.fromValue(object.generation, false);
                            else if (typeof object.generation === "string")
                                message.generation = $parseInt(object.generation, 10);
                            else if (typeof object.generation === "number")
                                message.generation = object.generation;
                            else if (typeof object.generation === "object")
                                message.generation = new $util.LongBits(object.generation.low >>> 0, object.generation.high >>> 0).toNumber();
                    if (object.usernameHint != null)
                        if (typeof object.usernameHint !== "string" || object.usernameHint.length)
                            message.usernameHint = $String(object.usernameHint);
                    return message;
                };

                /**
                 * Creates a plain object from a GetAccessTokenResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keywarden.oauth.v1.GetAccessTokenResponse
                 * @static
                 * @param {keywarden.oauth.v1.GetAccessTokenResponse} message GetAccessTokenResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GetAccessTokenResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.accessToken = "";
                        object.expiresAt = null;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.generation = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.generation = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.usernameHint = "";
                    }
                    if (message.accessToken != null && $Object.hasOwnProperty.call(message, "accessToken"))
                        object.accessToken = message.accessToken;
                    if (message.expiresAt != null && $Object.hasOwnProperty.call(message, "expiresAt"))
                        object.expiresAt = $root.google.protobuf.Timestamp.toObject(message.expiresAt, options, _depth + 1);
                    if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.generation = typeof message.generation === "number" ? $BigInt(message.generation) : $util.Long.fromBits(message.generation.low >>> 0, message.generation.high >>> 0, false).toBigInt();
                        else if (typeof message.generation === "number")
                            object.generation = options.longs === $String ? $String(message.generation) : message.generation;
                        else
                            object.generation = options.longs === $String ? $util.Long.prototype.toString.call(message.generation) : options.longs === $Number ? new $util.LongBits(message.generation.low >>> 0, message.generation.high >>> 0).toNumber() : message.generation;
                    if (message.usernameHint != null && $Object.hasOwnProperty.call(message, "usernameHint"))
                        object.usernameHint = message.usernameHint;
                    return object;
                };

                /**
                 * Converts this GetAccessTokenResponse to JSON.
                 * @function toJSON
                 * @memberof keywarden.oauth.v1.GetAccessTokenResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GetAccessTokenResponse.prototype.toJSON = function() {
                    return GetAccessTokenResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return GetAccessTokenResponse;
            })();

            v1.ProviderAppConfigured = (function() {

                /**
                 * Properties of a ProviderAppConfigured.
                 * @typedef {Object} keywarden.oauth.v1.ProviderAppConfigured.$Properties
                 * @property {string|null} [providerAppId] ProviderAppConfigured providerAppId
                 * @property {string|null} [provider] ProviderAppConfigured provider
                 * @property {string|null} [name] ProviderAppConfigured name
                 * @property {string|null} [baseUrl] ProviderAppConfigured baseUrl
                 * @property {string|null} [clientId] ProviderAppConfigured clientId
                 * @property {string|null} [clientSecretFingerprint] ProviderAppConfigured clientSecretFingerprint
                 * @property {Array.<string>|null} [scopes] ProviderAppConfigured scopes
                 * @property {string|null} [actorUserId] ProviderAppConfigured actorUserId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ProviderAppConfigured.
                 * @memberof keywarden.oauth.v1
                 * @interface IProviderAppConfigured
                 * @augments keywarden.oauth.v1.ProviderAppConfigured.$Properties
                 * @deprecated Use keywarden.oauth.v1.ProviderAppConfigured.$Properties instead.
                 */

                /**
                 * Shape of a ProviderAppConfigured.
                 * @typedef {keywarden.oauth.v1.ProviderAppConfigured.$Properties} keywarden.oauth.v1.ProviderAppConfigured.$Shape
                 */

                /**
                 * Constructs a new ProviderAppConfigured.
                 * @memberof keywarden.oauth.v1
                 * @classdesc Represents a ProviderAppConfigured.
                 * @constructor
                 * @param {keywarden.oauth.v1.ProviderAppConfigured.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ProviderAppConfigured = function (properties) {
                    this.scopes = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ProviderAppConfigured providerAppId.
                 * @member {string} providerAppId
                 * @memberof keywarden.oauth.v1.ProviderAppConfigured
                 * @instance
                 */
                ProviderAppConfigured.prototype.providerAppId = "";

                /**
                 * ProviderAppConfigured provider.
                 * @member {string} provider
                 * @memberof keywarden.oauth.v1.ProviderAppConfigured
                 * @instance
                 */
                ProviderAppConfigured.prototype.provider = "";

                /**
                 * ProviderAppConfigured name.
                 * @member {string} name
                 * @memberof keywarden.oauth.v1.ProviderAppConfigured
                 * @instance
                 */
                ProviderAppConfigured.prototype.name = "";

                /**
                 * ProviderAppConfigured baseUrl.
                 * @member {string} baseUrl
                 * @memberof keywarden.oauth.v1.ProviderAppConfigured
                 * @instance
                 */
                ProviderAppConfigured.prototype.baseUrl = "";

                /**
                 * ProviderAppConfigured clientId.
                 * @member {string} clientId
                 * @memberof keywarden.oauth.v1.ProviderAppConfigured
                 * @instance
                 */
                ProviderAppConfigured.prototype.clientId = "";

                /**
                 * ProviderAppConfigured clientSecretFingerprint.
                 * @member {string} clientSecretFingerprint
                 * @memberof keywarden.oauth.v1.ProviderAppConfigured
                 * @instance
                 */
                ProviderAppConfigured.prototype.clientSecretFingerprint = "";

                /**
                 * ProviderAppConfigured scopes.
                 * @member {Array.<string>} scopes
                 * @memberof keywarden.oauth.v1.ProviderAppConfigured
                 * @instance
                 */
                ProviderAppConfigured.prototype.scopes = $util.emptyArray;

                /**
                 * ProviderAppConfigured actorUserId.
                 * @member {string} actorUserId
                 * @memberof keywarden.oauth.v1.ProviderAppConfigured
                 * @instance
                 */
                ProviderAppConfigured.prototype.actorUserId = "";

                /**
                 * Encodes the specified ProviderAppConfigured message. Does not implicitly {@link keywarden.oauth.v1.ProviderAppConfigured.verify|verify} messages.
                 * @function encode
                 * @memberof keywarden.oauth.v1.ProviderAppConfigured
                 * @static
                 * @param {keywarden.oauth.v1.ProviderAppConfigured.$Properties} message ProviderAppConfigured message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProviderAppConfigured.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.providerAppId != null && $Object.hasOwnProperty.call(message, "providerAppId") && message.providerAppId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.providerAppId);
                    if (message.provider != null && $Object.hasOwnProperty.call(message, "provider") && message.provider !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.provider);
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                    if (message.baseUrl != null && $Object.hasOwnProperty.call(message, "baseUrl") && message.baseUrl !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.baseUrl);
                    if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.clientId);
                    if (message.clientSecretFingerprint != null && $Object.hasOwnProperty.call(message, "clientSecretFingerprint") && message.clientSecretFingerprint !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.clientSecretFingerprint);
                    if (message.scopes != null && message.scopes.length)
                        for (let i = 0; i < message.scopes.length; ++i)
                            writer.uint32(/* id 7, wireType 2 =*/58).string(message.scopes[i]);
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId") && message.actorUserId !== "")
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.actorUserId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ProviderAppConfigured message from the specified reader or buffer.
                 * @function decode
                 * @memberof keywarden.oauth.v1.ProviderAppConfigured
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.ProviderAppConfigured & keywarden.oauth.v1.ProviderAppConfigured.$Shape} ProviderAppConfigured
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProviderAppConfigured.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.keywarden.oauth.v1.ProviderAppConfigured();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.providerAppId = value;
                                else
                                    delete message.providerAppId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.provider = value;
                                else
                                    delete message.provider;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.baseUrl = value;
                                else
                                    delete message.baseUrl;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.clientId = value;
                                else
                                    delete message.clientId;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.clientSecretFingerprint = value;
                                else
                                    delete message.clientSecretFingerprint;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.scopes && message.scopes.length))
                                    message.scopes = [];
                                message.scopes.push(reader.stringVerify());
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.actorUserId = value;
                                else
                                    delete message.actorUserId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a ProviderAppConfigured message.
                 * @function verify
                 * @memberof keywarden.oauth.v1.ProviderAppConfigured
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ProviderAppConfigured.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.providerAppId != null && $Object.hasOwnProperty.call(message, "providerAppId"))
                        if (!$util.isString(message.providerAppId))
                            return "providerAppId: string expected";
                    if (message.provider != null && $Object.hasOwnProperty.call(message, "provider"))
                        if (!$util.isString(message.provider))
                            return "provider: string expected";
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        if (!$util.isString(message.name))
                            return "name: string expected";
                    if (message.baseUrl != null && $Object.hasOwnProperty.call(message, "baseUrl"))
                        if (!$util.isString(message.baseUrl))
                            return "baseUrl: string expected";
                    if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                        if (!$util.isString(message.clientId))
                            return "clientId: string expected";
                    if (message.clientSecretFingerprint != null && $Object.hasOwnProperty.call(message, "clientSecretFingerprint"))
                        if (!$util.isString(message.clientSecretFingerprint))
                            return "clientSecretFingerprint: string expected";
                    if (message.scopes != null && $Object.hasOwnProperty.call(message, "scopes")) {
                        if (!$Array.isArray(message.scopes))
                            return "scopes: array expected";
                        for (let i = 0; i < message.scopes.length; ++i)
                            if (!$util.isString(message.scopes[i]))
                                return "scopes: string[] expected";
                    }
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId"))
                        if (!$util.isString(message.actorUserId))
                            return "actorUserId: string expected";
                    return null;
                };

                /**
                 * Creates a ProviderAppConfigured message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keywarden.oauth.v1.ProviderAppConfigured
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {keywarden.oauth.v1.ProviderAppConfigured} ProviderAppConfigured
                 */
                ProviderAppConfigured.fromObject = function (object, _depth) {
                    if (object instanceof $root.keywarden.oauth.v1.ProviderAppConfigured)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".keywarden.oauth.v1.ProviderAppConfigured: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.keywarden.oauth.v1.ProviderAppConfigured();
                    if (object.providerAppId != null)
                        if (typeof object.providerAppId !== "string" || object.providerAppId.length)
                            message.providerAppId = $String(object.providerAppId);
                    if (object.provider != null)
                        if (typeof object.provider !== "string" || object.provider.length)
                            message.provider = $String(object.provider);
                    if (object.name != null)
                        if (typeof object.name !== "string" || object.name.length)
                            message.name = $String(object.name);
                    if (object.baseUrl != null)
                        if (typeof object.baseUrl !== "string" || object.baseUrl.length)
                            message.baseUrl = $String(object.baseUrl);
                    if (object.clientId != null)
                        if (typeof object.clientId !== "string" || object.clientId.length)
                            message.clientId = $String(object.clientId);
                    if (object.clientSecretFingerprint != null)
                        if (typeof object.clientSecretFingerprint !== "string" || object.clientSecretFingerprint.length)
                            message.clientSecretFingerprint = $String(object.clientSecretFingerprint);
                    if (object.scopes) {
                        if (!$Array.isArray(object.scopes))
                            throw $TypeError(".keywarden.oauth.v1.ProviderAppConfigured.scopes: array expected");
                        message.scopes = $Array(object.scopes.length);
                        for (let i = 0; i < object.scopes.length; ++i)
                            message.scopes[i] = $String(object.scopes[i]);
                    }
                    if (object.actorUserId != null)
                        if (typeof object.actorUserId !== "string" || object.actorUserId.length)
                            message.actorUserId = $String(object.actorUserId);
                    return message;
                };

                /**
                 * Creates a plain object from a ProviderAppConfigured message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keywarden.oauth.v1.ProviderAppConfigured
                 * @static
                 * @param {keywarden.oauth.v1.ProviderAppConfigured} message ProviderAppConfigured
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ProviderAppConfigured.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.scopes = [];
                    if (options.defaults) {
                        object.providerAppId = "";
                        object.provider = "";
                        object.name = "";
                        object.baseUrl = "";
                        object.clientId = "";
                        object.clientSecretFingerprint = "";
                        object.actorUserId = "";
                    }
                    if (message.providerAppId != null && $Object.hasOwnProperty.call(message, "providerAppId"))
                        object.providerAppId = message.providerAppId;
                    if (message.provider != null && $Object.hasOwnProperty.call(message, "provider"))
                        object.provider = message.provider;
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.baseUrl != null && $Object.hasOwnProperty.call(message, "baseUrl"))
                        object.baseUrl = message.baseUrl;
                    if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                        object.clientId = message.clientId;
                    if (message.clientSecretFingerprint != null && $Object.hasOwnProperty.call(message, "clientSecretFingerprint"))
                        object.clientSecretFingerprint = message.clientSecretFingerprint;
                    if (message.scopes && message.scopes.length) {
                        object.scopes = $Array(message.scopes.length);
                        for (let j = 0; j < message.scopes.length; ++j)
                            object.scopes[j] = message.scopes[j];
                    }
                    if (message.actorUserId != null && $Object.hasOwnProperty.call(message, "actorUserId"))
                        object.actorUserId = message.actorUserId;
                    return object;
                };

                /**
                 * Converts this ProviderAppConfigured to JSON.
                 * @function toJSON
                 * @memberof keywarden.oauth.v1.ProviderAppConfigured
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ProviderAppConfigured.prototype.toJSON = function() {
                    return ProviderAppConfigured.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ProviderAppConfigured;
            })();

            v1.AppCredentialInvalid = (function() {

                /**
                 * Properties of an AppCredentialInvalid.
                 * @typedef {Object} keywarden.oauth.v1.AppCredentialInvalid.$Properties
                 * @property {string|null} [providerAppId] AppCredentialInvalid providerAppId
                 * @property {string|null} [provider] AppCredentialInvalid provider
                 * @property {string|null} [errorClass] AppCredentialInvalid errorClass
                 * @property {string|null} [providerCode] AppCredentialInvalid providerCode
                 * @property {string|null} [accountId] AppCredentialInvalid accountId
                 * @property {string|null} [clientSecretFingerprint] AppCredentialInvalid clientSecretFingerprint
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AppCredentialInvalid.
                 * @memberof keywarden.oauth.v1
                 * @interface IAppCredentialInvalid
                 * @augments keywarden.oauth.v1.AppCredentialInvalid.$Properties
                 * @deprecated Use keywarden.oauth.v1.AppCredentialInvalid.$Properties instead.
                 */

                /**
                 * Shape of an AppCredentialInvalid.
                 * @typedef {keywarden.oauth.v1.AppCredentialInvalid.$Properties} keywarden.oauth.v1.AppCredentialInvalid.$Shape
                 */

                /**
                 * Constructs a new AppCredentialInvalid.
                 * @memberof keywarden.oauth.v1
                 * @classdesc Represents an AppCredentialInvalid.
                 * @constructor
                 * @param {keywarden.oauth.v1.AppCredentialInvalid.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AppCredentialInvalid = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * AppCredentialInvalid providerAppId.
                 * @member {string} providerAppId
                 * @memberof keywarden.oauth.v1.AppCredentialInvalid
                 * @instance
                 */
                AppCredentialInvalid.prototype.providerAppId = "";

                /**
                 * AppCredentialInvalid provider.
                 * @member {string} provider
                 * @memberof keywarden.oauth.v1.AppCredentialInvalid
                 * @instance
                 */
                AppCredentialInvalid.prototype.provider = "";

                /**
                 * AppCredentialInvalid errorClass.
                 * @member {string} errorClass
                 * @memberof keywarden.oauth.v1.AppCredentialInvalid
                 * @instance
                 */
                AppCredentialInvalid.prototype.errorClass = "";

                /**
                 * AppCredentialInvalid providerCode.
                 * @member {string} providerCode
                 * @memberof keywarden.oauth.v1.AppCredentialInvalid
                 * @instance
                 */
                AppCredentialInvalid.prototype.providerCode = "";

                /**
                 * AppCredentialInvalid accountId.
                 * @member {string} accountId
                 * @memberof keywarden.oauth.v1.AppCredentialInvalid
                 * @instance
                 */
                AppCredentialInvalid.prototype.accountId = "";

                /**
                 * AppCredentialInvalid clientSecretFingerprint.
                 * @member {string} clientSecretFingerprint
                 * @memberof keywarden.oauth.v1.AppCredentialInvalid
                 * @instance
                 */
                AppCredentialInvalid.prototype.clientSecretFingerprint = "";

                /**
                 * Encodes the specified AppCredentialInvalid message. Does not implicitly {@link keywarden.oauth.v1.AppCredentialInvalid.verify|verify} messages.
                 * @function encode
                 * @memberof keywarden.oauth.v1.AppCredentialInvalid
                 * @static
                 * @param {keywarden.oauth.v1.AppCredentialInvalid.$Properties} message AppCredentialInvalid message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AppCredentialInvalid.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.providerAppId != null && $Object.hasOwnProperty.call(message, "providerAppId") && message.providerAppId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.providerAppId);
                    if (message.provider != null && $Object.hasOwnProperty.call(message, "provider") && message.provider !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.provider);
                    if (message.errorClass != null && $Object.hasOwnProperty.call(message, "errorClass") && message.errorClass !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.errorClass);
                    if (message.providerCode != null && $Object.hasOwnProperty.call(message, "providerCode") && message.providerCode !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.providerCode);
                    if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId") && message.accountId !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.accountId);
                    if (message.clientSecretFingerprint != null && $Object.hasOwnProperty.call(message, "clientSecretFingerprint") && message.clientSecretFingerprint !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.clientSecretFingerprint);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an AppCredentialInvalid message from the specified reader or buffer.
                 * @function decode
                 * @memberof keywarden.oauth.v1.AppCredentialInvalid
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {keywarden.oauth.v1.AppCredentialInvalid & keywarden.oauth.v1.AppCredentialInvalid.$Shape} AppCredentialInvalid
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AppCredentialInvalid.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.keywarden.oauth.v1.AppCredentialInvalid();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.providerAppId = value;
                                else
                                    delete message.providerAppId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.provider = value;
                                else
                                    delete message.provider;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.errorClass = value;
                                else
                                    delete message.errorClass;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.providerCode = value;
                                else
                                    delete message.providerCode;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.accountId = value;
                                else
                                    delete message.accountId;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.clientSecretFingerprint = value;
                                else
                                    delete message.clientSecretFingerprint;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies an AppCredentialInvalid message.
                 * @function verify
                 * @memberof keywarden.oauth.v1.AppCredentialInvalid
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                AppCredentialInvalid.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.providerAppId != null && $Object.hasOwnProperty.call(message, "providerAppId"))
                        if (!$util.isString(message.providerAppId))
                            return "providerAppId: string expected";
                    if (message.provider != null && $Object.hasOwnProperty.call(message, "provider"))
                        if (!$util.isString(message.provider))
                            return "provider: string expected";
                    if (message.errorClass != null && $Object.hasOwnProperty.call(message, "errorClass"))
                        if (!$util.isString(message.errorClass))
                            return "errorClass: string expected";
                    if (message.providerCode != null && $Object.hasOwnProperty.call(message, "providerCode"))
                        if (!$util.isString(message.providerCode))
                            return "providerCode: string expected";
                    if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                        if (!$util.isString(message.accountId))
                            return "accountId: string expected";
                    if (message.clientSecretFingerprint != null && $Object.hasOwnProperty.call(message, "clientSecretFingerprint"))
                        if (!$util.isString(message.clientSecretFingerprint))
                            return "clientSecretFingerprint: string expected";
                    return null;
                };

                /**
                 * Creates an AppCredentialInvalid message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keywarden.oauth.v1.AppCredentialInvalid
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {keywarden.oauth.v1.AppCredentialInvalid} AppCredentialInvalid
                 */
                AppCredentialInvalid.fromObject = function (object, _depth) {
                    if (object instanceof $root.keywarden.oauth.v1.AppCredentialInvalid)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".keywarden.oauth.v1.AppCredentialInvalid: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.keywarden.oauth.v1.AppCredentialInvalid();
                    if (object.providerAppId != null)
                        if (typeof object.providerAppId !== "string" || object.providerAppId.length)
                            message.providerAppId = $String(object.providerAppId);
                    if (object.provider != null)
                        if (typeof object.provider !== "string" || object.provider.length)
                            message.provider = $String(object.provider);
                    if (object.errorClass != null)
                        if (typeof object.errorClass !== "string" || object.errorClass.length)
                            message.errorClass = $String(object.errorClass);
                    if (object.providerCode != null)
                        if (typeof object.providerCode !== "string" || object.providerCode.length)
                            message.providerCode = $String(object.providerCode);
                    if (object.accountId != null)
                        if (typeof object.accountId !== "string" || object.accountId.length)
                            message.accountId = $String(object.accountId);
                    if (object.clientSecretFingerprint != null)
                        if (typeof object.clientSecretFingerprint !== "string" || object.clientSecretFingerprint.length)
                            message.clientSecretFingerprint = $String(object.clientSecretFingerprint);
                    return message;
                };

                /**
                 * Creates a plain object from an AppCredentialInvalid message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keywarden.oauth.v1.AppCredentialInvalid
                 * @static
                 * @param {keywarden.oauth.v1.AppCredentialInvalid} message AppCredentialInvalid
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AppCredentialInvalid.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.providerAppId = "";
                        object.provider = "";
                        object.errorClass = "";
                        object.providerCode = "";
                        object.accountId = "";
                        object.clientSecretFingerprint = "";
                    }
                    if (message.providerAppId != null && $Object.hasOwnProperty.call(message, "providerAppId"))
                        object.providerAppId = message.providerAppId;
                    if (message.provider != null && $Object.hasOwnProperty.call(message, "provider"))
                        object.provider = message.provider;
                    if (message.errorClass != null && $Object.hasOwnProperty.call(message, "errorClass"))
                        object.errorClass = message.errorClass;
                    if (message.providerCode != null && $Object.hasOwnProperty.call(message, "providerCode"))
                        object.providerCode = message.providerCode;
                    if (message.accountId != null && $Object.hasOwnProperty.call(message, "accountId"))
                        object.accountId = message.accountId;
                    if (message.clientSecretFingerprint != null && $Object.hasOwnProperty.call(message, "clientSecretFingerprint"))
                        object.clientSecretFingerprint = message.clientSecretFingerprint;
                    return object;
                };

                /**
                 * Converts this AppCredentialInvalid to JSON.
                 * @function toJSON
                 * @memberof keywarden.oauth.v1.AppCredentialInvalid
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AppCredentialInvalid.prototype.toJSON = function() {
                    return AppCredentialInvalid.toObject(this, $protobuf.util.toJSONOptions);
                };

                return AppCredentialInvalid;
            })();

            return v1;
        })();

        return oauth;
    })();

    keywarden.system = (function() {

        /**
         * Namespace system.
         * @memberof keywarden
         * @namespace
         */
        const system = {};

        system.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof keywarden.system
             * @namespace
             */
            const v1 = {};

            v1.PingRequest = (function() {

                /**
                 * Properties of a PingRequest.
                 * @typedef {Object} keywarden.system.v1.PingRequest.$Properties
                 * @property {string|null} [message] PingRequest message
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PingRequest.
                 * @memberof keywarden.system.v1
                 * @interface IPingRequest
                 * @augments keywarden.system.v1.PingRequest.$Properties
                 * @deprecated Use keywarden.system.v1.PingRequest.$Properties instead.
                 */

                /**
                 * Shape of a PingRequest.
                 * @typedef {keywarden.system.v1.PingRequest.$Properties} keywarden.system.v1.PingRequest.$Shape
                 */

                /**
                 * Constructs a new PingRequest.
                 * @memberof keywarden.system.v1
                 * @classdesc Represents a PingRequest.
                 * @constructor
                 * @param {keywarden.system.v1.PingRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PingRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PingRequest message.
                 * @member {string} message
                 * @memberof keywarden.system.v1.PingRequest
                 * @instance
                 */
                PingRequest.prototype.message = "";

                /**
                 * Encodes the specified PingRequest message. Does not implicitly {@link keywarden.system.v1.PingRequest.verify|verify} messages.
                 * @function encode
                 * @memberof keywarden.system.v1.PingRequest
                 * @static
                 * @param {keywarden.system.v1.PingRequest.$Properties} message PingRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PingRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.message);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PingRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof keywarden.system.v1.PingRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {keywarden.system.v1.PingRequest & keywarden.system.v1.PingRequest.$Shape} PingRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PingRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.keywarden.system.v1.PingRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.message = value;
                                else
                                    delete message.message;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a PingRequest message.
                 * @function verify
                 * @memberof keywarden.system.v1.PingRequest
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                PingRequest.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                        if (!$util.isString(message.message))
                            return "message: string expected";
                    return null;
                };

                /**
                 * Creates a PingRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keywarden.system.v1.PingRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {keywarden.system.v1.PingRequest} PingRequest
                 */
                PingRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.keywarden.system.v1.PingRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".keywarden.system.v1.PingRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.keywarden.system.v1.PingRequest();
                    if (object.message != null)
                        if (typeof object.message !== "string" || object.message.length)
                            message.message = $String(object.message);
                    return message;
                };

                /**
                 * Creates a plain object from a PingRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keywarden.system.v1.PingRequest
                 * @static
                 * @param {keywarden.system.v1.PingRequest} message PingRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PingRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.message = "";
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                        object.message = message.message;
                    return object;
                };

                /**
                 * Converts this PingRequest to JSON.
                 * @function toJSON
                 * @memberof keywarden.system.v1.PingRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PingRequest.prototype.toJSON = function() {
                    return PingRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                return PingRequest;
            })();

            v1.PingResponse = (function() {

                /**
                 * Properties of a PingResponse.
                 * @typedef {Object} keywarden.system.v1.PingResponse.$Properties
                 * @property {string|null} [message] PingResponse message
                 * @property {string|null} [service] PingResponse service
                 * @property {google.protobuf.Timestamp.$Properties|null} [time] PingResponse time
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PingResponse.
                 * @memberof keywarden.system.v1
                 * @interface IPingResponse
                 * @augments keywarden.system.v1.PingResponse.$Properties
                 * @deprecated Use keywarden.system.v1.PingResponse.$Properties instead.
                 */

                /**
                 * Shape of a PingResponse.
                 * @typedef {keywarden.system.v1.PingResponse.$Properties} keywarden.system.v1.PingResponse.$Shape
                 */

                /**
                 * Constructs a new PingResponse.
                 * @memberof keywarden.system.v1
                 * @classdesc Represents a PingResponse.
                 * @constructor
                 * @param {keywarden.system.v1.PingResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PingResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PingResponse message.
                 * @member {string} message
                 * @memberof keywarden.system.v1.PingResponse
                 * @instance
                 */
                PingResponse.prototype.message = "";

                /**
                 * PingResponse service.
                 * @member {string} service
                 * @memberof keywarden.system.v1.PingResponse
                 * @instance
                 */
                PingResponse.prototype.service = "";

                /**
                 * PingResponse time.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} time
                 * @memberof keywarden.system.v1.PingResponse
                 * @instance
                 */
                PingResponse.prototype.time = null;

                /**
                 * Encodes the specified PingResponse message. Does not implicitly {@link keywarden.system.v1.PingResponse.verify|verify} messages.
                 * @function encode
                 * @memberof keywarden.system.v1.PingResponse
                 * @static
                 * @param {keywarden.system.v1.PingResponse.$Properties} message PingResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PingResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.message);
                    if (message.service != null && $Object.hasOwnProperty.call(message, "service") && message.service !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.service);
                    if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                        $root.google.protobuf.Timestamp.encode(message.time, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PingResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof keywarden.system.v1.PingResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {keywarden.system.v1.PingResponse & keywarden.system.v1.PingResponse.$Shape} PingResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PingResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.keywarden.system.v1.PingResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.message = value;
                                else
                                    delete message.message;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.service = value;
                                else
                                    delete message.service;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.time = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.time);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Verifies a PingResponse message.
                 * @function verify
                 * @memberof keywarden.system.v1.PingResponse
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                PingResponse.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                        if (!$util.isString(message.message))
                            return "message: string expected";
                    if (message.service != null && $Object.hasOwnProperty.call(message, "service"))
                        if (!$util.isString(message.service))
                            return "service: string expected";
                    if (message.time != null && $Object.hasOwnProperty.call(message, "time")) {
                        let error = $root.google.protobuf.Timestamp.verify(message.time, _depth + 1);
                        if (error)
                            return "time." + error;
                    }
                    return null;
                };

                /**
                 * Creates a PingResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof keywarden.system.v1.PingResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {keywarden.system.v1.PingResponse} PingResponse
                 */
                PingResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.keywarden.system.v1.PingResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".keywarden.system.v1.PingResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.keywarden.system.v1.PingResponse();
                    if (object.message != null)
                        if (typeof object.message !== "string" || object.message.length)
                            message.message = $String(object.message);
                    if (object.service != null)
                        if (typeof object.service !== "string" || object.service.length)
                            message.service = $String(object.service);
                    if (object.time != null) {
                        if (!$util.isObject(object.time))
                            throw $TypeError(".keywarden.system.v1.PingResponse.time: object expected");
                        message.time = $root.google.protobuf.Timestamp.fromObject(object.time, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a PingResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof keywarden.system.v1.PingResponse
                 * @static
                 * @param {keywarden.system.v1.PingResponse} message PingResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PingResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.message = "";
                        object.service = "";
                        object.time = null;
                    }
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                        object.message = message.message;
                    if (message.service != null && $Object.hasOwnProperty.call(message, "service"))
                        object.service = message.service;
                    if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                        object.time = $root.google.protobuf.Timestamp.toObject(message.time, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this PingResponse to JSON.
                 * @function toJSON
                 * @memberof keywarden.system.v1.PingResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PingResponse.prototype.toJSON = function() {
                    return PingResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                return PingResponse;
            })();

            return v1;
        })();

        return system;
    })();

    return keywarden;
})();

export const google = $root.google = (() => {

    /**
     * Namespace google.
     * @exports google
     * @namespace
     */
    const google = {};

    google.protobuf = (function() {

        /**
         * Namespace protobuf.
         * @memberof google
         * @namespace
         */
        const protobuf = {};

        protobuf.Timestamp = (function() {

            /**
             * Properties of a Timestamp.
             * @typedef {Object} google.protobuf.Timestamp.$Properties
             * @property {number|null} [seconds] Timestamp seconds
             * @property {number|null} [nanos] Timestamp nanos
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Timestamp.
             * @memberof google.protobuf
             * @interface ITimestamp
             * @augments google.protobuf.Timestamp.$Properties
             * @deprecated Use google.protobuf.Timestamp.$Properties instead.
             */

            /**
             * Shape of a Timestamp.
             * @typedef {google.protobuf.Timestamp.$Properties} google.protobuf.Timestamp.$Shape
             */

            /**
             * Constructs a new Timestamp.
             * @memberof google.protobuf
             * @classdesc Represents a Timestamp.
             * @constructor
             * @param {google.protobuf.Timestamp.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Timestamp = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Timestamp seconds.
             * @member {number} seconds
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Timestamp nanos.
             * @member {number} nanos
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.nanos = 0;

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp.$Properties} message Timestamp message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timestamp.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds") && (typeof message.seconds === "object" ? message.seconds.low || message.seconds.high : message.seconds !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.seconds);
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos") && message.nanos !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.nanos);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timestamp.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Timestamp();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.seconds = value;
                            else
                                delete message.seconds;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.nanos = value;
                            else
                                delete message.nanos;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Timestamp message.
             * @function verify
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Timestamp.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (!$util.isInteger(message.seconds) && !(message.seconds && $util.isInteger(message.seconds.low) && $util.isInteger(message.seconds.high)))
                        return "seconds: integer|Long expected";
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos"))
                    if (!$util.isInteger(message.nanos))
                        return "nanos: integer expected";
                return null;
            };

            /**
             * Creates a Timestamp message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Timestamp} Timestamp
             */
            Timestamp.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Timestamp)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Timestamp: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.Timestamp();
                if (object.seconds != null)
                    if (typeof object.seconds === "object" ? object.seconds.low || object.seconds.high : $Number(object.seconds) !== 0)
                        if ($util.Long)
                            message.seconds = $util.Long.fromValue(object.seconds, false);
                        else if (typeof object.seconds === "string")
                            message.seconds = $parseInt(object.seconds, 10);
                        else if (typeof object.seconds === "number")
                            message.seconds = object.seconds;
                        else if (typeof object.seconds === "object")
                            message.seconds = new $util.LongBits(object.seconds.low >>> 0, object.seconds.high >>> 0).toNumber();
                if (object.nanos != null)
                    if ($Number(object.nanos) !== 0)
                        message.nanos = object.nanos | 0;
                return message;
            };

            /**
             * Creates a plain object from a Timestamp message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp} message Timestamp
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Timestamp.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.seconds = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seconds = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.nanos = 0;
                }
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seconds = typeof message.seconds === "number" ? $BigInt(message.seconds) : $util.Long.fromBits(message.seconds.low >>> 0, message.seconds.high >>> 0, false).toBigInt();
                    else if (typeof message.seconds === "number")
                        object.seconds = options.longs === $String ? $String(message.seconds) : message.seconds;
                    else
                        object.seconds = options.longs === $String ? $util.Long.prototype.toString.call(message.seconds) : options.longs === $Number ? new $util.LongBits(message.seconds.low >>> 0, message.seconds.high >>> 0).toNumber() : message.seconds;
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos"))
                    object.nanos = message.nanos;
                return object;
            };

            /**
             * Converts this Timestamp to JSON.
             * @function toJSON
             * @memberof google.protobuf.Timestamp
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Timestamp.prototype.toJSON = function() {
                return Timestamp.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Timestamp;
        })();

        return protobuf;
    })();

    return google;
})();

export {
  $root as default
};
