import { createRequire as __dpaLintCreateRequire } from "node:module";
const require = __dpaLintCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar4(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias3;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap4;
    exports.isNode = isNode;
    exports.isPair = isPair4;
    exports.isScalar = isScalar4;
    exports.isSeq = isSeq4;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey3 = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey3;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign2 = str[0];
      if (sign2 === "-" || sign2 === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign2 === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign2 === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign2 = str[0];
      const parts = sign2 === "-" || sign2 === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign2 === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign2 = "";
      if (value < 0) {
        sign2 = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign2 + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep3, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep3) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep3 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep3, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep3 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep3 + cb;
              sep3 = "";
              break;
            }
            case "newline":
              if (comment)
                sep3 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap4 = fc.start.source === "{";
      const fcName = isMap4 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap4 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep3, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep3 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap4 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap4 && !sep3 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep3, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep3 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap4 && !props.found && ctx.options.strict) {
              if (sep3)
                for (const st of sep3) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap4) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap4 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep3 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep3 === " ")
            sep3 = "\n";
          else if (!prevMoreIndented && sep3 === "\n")
            sep3 = "\n\n";
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep3 === "\n")
            value += "\n";
          else
            sep3 = "\n";
        } else {
          value += sep3 + content;
          sep3 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep3 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep3 === "\n")
            res += sep3;
          else
            sep3 = "\n";
        } else {
          res += sep3 + lm;
          sep3 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep3 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer2 = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer2;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep3, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep3)
        for (const st of sep3)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM2 = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar4 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM2:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM2:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM2;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar4;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser3 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep3;
          if (scalar.end) {
            sep3 = scalar.end;
            sep3.push(this.sourceToken);
            delete scalar.end;
          } else
            sep3 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep3 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep3 = it.sep;
                  sep3.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep3 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep3 = fc.end.splice(1, fc.end.length);
            sep3.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep3 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser3;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/i18n-iso-countries/codes.json
var require_codes = __commonJS({
  "node_modules/i18n-iso-countries/codes.json"(exports, module) {
    module.exports = [
      ["AF", "AFG", "004", "ISO 3166-2:AF"],
      ["AL", "ALB", "008", "ISO 3166-2:AL"],
      ["DZ", "DZA", "012", "ISO 3166-2:DZ"],
      ["AS", "ASM", "016", "ISO 3166-2:AS"],
      ["AD", "AND", "020", "ISO 3166-2:AD"],
      ["AO", "AGO", "024", "ISO 3166-2:AO"],
      ["AI", "AIA", "660", "ISO 3166-2:AI"],
      ["AQ", "ATA", "010", "ISO 3166-2:AQ"],
      ["AG", "ATG", "028", "ISO 3166-2:AG"],
      ["AR", "ARG", "032", "ISO 3166-2:AR"],
      ["AM", "ARM", "051", "ISO 3166-2:AM"],
      ["AW", "ABW", "533", "ISO 3166-2:AW"],
      ["AU", "AUS", "036", "ISO 3166-2:AU"],
      ["AT", "AUT", "040", "ISO 3166-2:AT"],
      ["AZ", "AZE", "031", "ISO 3166-2:AZ"],
      ["BS", "BHS", "044", "ISO 3166-2:BS"],
      ["BH", "BHR", "048", "ISO 3166-2:BH"],
      ["BD", "BGD", "050", "ISO 3166-2:BD"],
      ["BB", "BRB", "052", "ISO 3166-2:BB"],
      ["BY", "BLR", "112", "ISO 3166-2:BY"],
      ["BE", "BEL", "056", "ISO 3166-2:BE"],
      ["BZ", "BLZ", "084", "ISO 3166-2:BZ"],
      ["BJ", "BEN", "204", "ISO 3166-2:BJ"],
      ["BM", "BMU", "060", "ISO 3166-2:BM"],
      ["BT", "BTN", "064", "ISO 3166-2:BT"],
      ["BO", "BOL", "068", "ISO 3166-2:BO"],
      ["BA", "BIH", "070", "ISO 3166-2:BA"],
      ["BW", "BWA", "072", "ISO 3166-2:BW"],
      ["BV", "BVT", "074", "ISO 3166-2:BV"],
      ["BR", "BRA", "076", "ISO 3166-2:BR"],
      ["IO", "IOT", "086", "ISO 3166-2:IO"],
      ["BN", "BRN", "096", "ISO 3166-2:BN"],
      ["BG", "BGR", "100", "ISO 3166-2:BG"],
      ["BF", "BFA", "854", "ISO 3166-2:BF"],
      ["BI", "BDI", "108", "ISO 3166-2:BI"],
      ["KH", "KHM", "116", "ISO 3166-2:KH"],
      ["CM", "CMR", "120", "ISO 3166-2:CM"],
      ["CA", "CAN", "124", "ISO 3166-2:CA"],
      ["CV", "CPV", "132", "ISO 3166-2:CV"],
      ["KY", "CYM", "136", "ISO 3166-2:KY"],
      ["CF", "CAF", "140", "ISO 3166-2:CF"],
      ["TD", "TCD", "148", "ISO 3166-2:TD"],
      ["CL", "CHL", "152", "ISO 3166-2:CL"],
      ["CN", "CHN", "156", "ISO 3166-2:CN"],
      ["CX", "CXR", "162", "ISO 3166-2:CX"],
      ["CC", "CCK", "166", "ISO 3166-2:CC"],
      ["CO", "COL", "170", "ISO 3166-2:CO"],
      ["KM", "COM", "174", "ISO 3166-2:KM"],
      ["CG", "COG", "178", "ISO 3166-2:CG"],
      ["CD", "COD", "180", "ISO 3166-2:CD"],
      ["CK", "COK", "184", "ISO 3166-2:CK"],
      ["CR", "CRI", "188", "ISO 3166-2:CR"],
      ["CI", "CIV", "384", "ISO 3166-2:CI"],
      ["HR", "HRV", "191", "ISO 3166-2:HR"],
      ["CU", "CUB", "192", "ISO 3166-2:CU"],
      ["CY", "CYP", "196", "ISO 3166-2:CY"],
      ["CZ", "CZE", "203", "ISO 3166-2:CZ"],
      ["DK", "DNK", "208", "ISO 3166-2:DK"],
      ["DJ", "DJI", "262", "ISO 3166-2:DJ"],
      ["DM", "DMA", "212", "ISO 3166-2:DM"],
      ["DO", "DOM", "214", "ISO 3166-2:DO"],
      ["EC", "ECU", "218", "ISO 3166-2:EC"],
      ["EG", "EGY", "818", "ISO 3166-2:EG"],
      ["SV", "SLV", "222", "ISO 3166-2:SV"],
      ["GQ", "GNQ", "226", "ISO 3166-2:GQ"],
      ["ER", "ERI", "232", "ISO 3166-2:ER"],
      ["EE", "EST", "233", "ISO 3166-2:EE"],
      ["ET", "ETH", "231", "ISO 3166-2:ET"],
      ["FK", "FLK", "238", "ISO 3166-2:FK"],
      ["FO", "FRO", "234", "ISO 3166-2:FO"],
      ["FJ", "FJI", "242", "ISO 3166-2:FJ"],
      ["FI", "FIN", "246", "ISO 3166-2:FI"],
      ["FR", "FRA", "250", "ISO 3166-2:FR"],
      ["GF", "GUF", "254", "ISO 3166-2:GF"],
      ["PF", "PYF", "258", "ISO 3166-2:PF"],
      ["TF", "ATF", "260", "ISO 3166-2:TF"],
      ["GA", "GAB", "266", "ISO 3166-2:GA"],
      ["GM", "GMB", "270", "ISO 3166-2:GM"],
      ["GE", "GEO", "268", "ISO 3166-2:GE"],
      ["DE", "DEU", "276", "ISO 3166-2:DE"],
      ["GH", "GHA", "288", "ISO 3166-2:GH"],
      ["GI", "GIB", "292", "ISO 3166-2:GI"],
      ["GR", "GRC", "300", "ISO 3166-2:GR"],
      ["GL", "GRL", "304", "ISO 3166-2:GL"],
      ["GD", "GRD", "308", "ISO 3166-2:GD"],
      ["GP", "GLP", "312", "ISO 3166-2:GP"],
      ["GU", "GUM", "316", "ISO 3166-2:GU"],
      ["GT", "GTM", "320", "ISO 3166-2:GT"],
      ["GN", "GIN", "324", "ISO 3166-2:GN"],
      ["GW", "GNB", "624", "ISO 3166-2:GW"],
      ["GY", "GUY", "328", "ISO 3166-2:GY"],
      ["HT", "HTI", "332", "ISO 3166-2:HT"],
      ["HM", "HMD", "334", "ISO 3166-2:HM"],
      ["VA", "VAT", "336", "ISO 3166-2:VA"],
      ["HN", "HND", "340", "ISO 3166-2:HN"],
      ["HK", "HKG", "344", "ISO 3166-2:HK"],
      ["HU", "HUN", "348", "ISO 3166-2:HU"],
      ["IS", "ISL", "352", "ISO 3166-2:IS"],
      ["IN", "IND", "356", "ISO 3166-2:IN"],
      ["ID", "IDN", "360", "ISO 3166-2:ID"],
      ["IR", "IRN", "364", "ISO 3166-2:IR"],
      ["IQ", "IRQ", "368", "ISO 3166-2:IQ"],
      ["IE", "IRL", "372", "ISO 3166-2:IE"],
      ["IL", "ISR", "376", "ISO 3166-2:IL"],
      ["IT", "ITA", "380", "ISO 3166-2:IT"],
      ["JM", "JAM", "388", "ISO 3166-2:JM"],
      ["JP", "JPN", "392", "ISO 3166-2:JP"],
      ["JO", "JOR", "400", "ISO 3166-2:JO"],
      ["KZ", "KAZ", "398", "ISO 3166-2:KZ"],
      ["KE", "KEN", "404", "ISO 3166-2:KE"],
      ["KI", "KIR", "296", "ISO 3166-2:KI"],
      ["KP", "PRK", "408", "ISO 3166-2:KP"],
      ["KR", "KOR", "410", "ISO 3166-2:KR"],
      ["KW", "KWT", "414", "ISO 3166-2:KW"],
      ["KG", "KGZ", "417", "ISO 3166-2:KG"],
      ["LA", "LAO", "418", "ISO 3166-2:LA"],
      ["LV", "LVA", "428", "ISO 3166-2:LV"],
      ["LB", "LBN", "422", "ISO 3166-2:LB"],
      ["LS", "LSO", "426", "ISO 3166-2:LS"],
      ["LR", "LBR", "430", "ISO 3166-2:LR"],
      ["LY", "LBY", "434", "ISO 3166-2:LY"],
      ["LI", "LIE", "438", "ISO 3166-2:LI"],
      ["LT", "LTU", "440", "ISO 3166-2:LT"],
      ["LU", "LUX", "442", "ISO 3166-2:LU"],
      ["MO", "MAC", "446", "ISO 3166-2:MO"],
      ["MG", "MDG", "450", "ISO 3166-2:MG"],
      ["MW", "MWI", "454", "ISO 3166-2:MW"],
      ["MY", "MYS", "458", "ISO 3166-2:MY"],
      ["MV", "MDV", "462", "ISO 3166-2:MV"],
      ["ML", "MLI", "466", "ISO 3166-2:ML"],
      ["MT", "MLT", "470", "ISO 3166-2:MT"],
      ["MH", "MHL", "584", "ISO 3166-2:MH"],
      ["MQ", "MTQ", "474", "ISO 3166-2:MQ"],
      ["MR", "MRT", "478", "ISO 3166-2:MR"],
      ["MU", "MUS", "480", "ISO 3166-2:MU"],
      ["YT", "MYT", "175", "ISO 3166-2:YT"],
      ["MX", "MEX", "484", "ISO 3166-2:MX"],
      ["FM", "FSM", "583", "ISO 3166-2:FM"],
      ["MD", "MDA", "498", "ISO 3166-2:MD"],
      ["MC", "MCO", "492", "ISO 3166-2:MC"],
      ["MN", "MNG", "496", "ISO 3166-2:MN"],
      ["MS", "MSR", "500", "ISO 3166-2:MS"],
      ["MA", "MAR", "504", "ISO 3166-2:MA"],
      ["MZ", "MOZ", "508", "ISO 3166-2:MZ"],
      ["MM", "MMR", "104", "ISO 3166-2:MM"],
      ["NA", "NAM", "516", "ISO 3166-2:NA"],
      ["NR", "NRU", "520", "ISO 3166-2:NR"],
      ["NP", "NPL", "524", "ISO 3166-2:NP"],
      ["NL", "NLD", "528", "ISO 3166-2:NL"],
      ["NC", "NCL", "540", "ISO 3166-2:NC"],
      ["NZ", "NZL", "554", "ISO 3166-2:NZ"],
      ["NI", "NIC", "558", "ISO 3166-2:NI"],
      ["NE", "NER", "562", "ISO 3166-2:NE"],
      ["NG", "NGA", "566", "ISO 3166-2:NG"],
      ["NU", "NIU", "570", "ISO 3166-2:NU"],
      ["NF", "NFK", "574", "ISO 3166-2:NF"],
      ["MP", "MNP", "580", "ISO 3166-2:MP"],
      ["MK", "MKD", "807", "ISO 3166-2:MK"],
      ["NO", "NOR", "578", "ISO 3166-2:NO"],
      ["OM", "OMN", "512", "ISO 3166-2:OM"],
      ["PK", "PAK", "586", "ISO 3166-2:PK"],
      ["PW", "PLW", "585", "ISO 3166-2:PW"],
      ["PS", "PSE", "275", "ISO 3166-2:PS"],
      ["PA", "PAN", "591", "ISO 3166-2:PA"],
      ["PG", "PNG", "598", "ISO 3166-2:PG"],
      ["PY", "PRY", "600", "ISO 3166-2:PY"],
      ["PE", "PER", "604", "ISO 3166-2:PE"],
      ["PH", "PHL", "608", "ISO 3166-2:PH"],
      ["PN", "PCN", "612", "ISO 3166-2:PN"],
      ["PL", "POL", "616", "ISO 3166-2:PL"],
      ["PT", "PRT", "620", "ISO 3166-2:PT"],
      ["PR", "PRI", "630", "ISO 3166-2:PR"],
      ["QA", "QAT", "634", "ISO 3166-2:QA"],
      ["RE", "REU", "638", "ISO 3166-2:RE"],
      ["RO", "ROU", "642", "ISO 3166-2:RO"],
      ["RU", "RUS", "643", "ISO 3166-2:RU"],
      ["RW", "RWA", "646", "ISO 3166-2:RW"],
      ["SH", "SHN", "654", "ISO 3166-2:SH"],
      ["KN", "KNA", "659", "ISO 3166-2:KN"],
      ["LC", "LCA", "662", "ISO 3166-2:LC"],
      ["PM", "SPM", "666", "ISO 3166-2:PM"],
      ["VC", "VCT", "670", "ISO 3166-2:VC"],
      ["WS", "WSM", "882", "ISO 3166-2:WS"],
      ["SM", "SMR", "674", "ISO 3166-2:SM"],
      ["ST", "STP", "678", "ISO 3166-2:ST"],
      ["SA", "SAU", "682", "ISO 3166-2:SA"],
      ["SN", "SEN", "686", "ISO 3166-2:SN"],
      ["SC", "SYC", "690", "ISO 3166-2:SC"],
      ["SL", "SLE", "694", "ISO 3166-2:SL"],
      ["SG", "SGP", "702", "ISO 3166-2:SG"],
      ["SK", "SVK", "703", "ISO 3166-2:SK"],
      ["SI", "SVN", "705", "ISO 3166-2:SI"],
      ["SB", "SLB", "090", "ISO 3166-2:SB"],
      ["SO", "SOM", "706", "ISO 3166-2:SO"],
      ["ZA", "ZAF", "710", "ISO 3166-2:ZA"],
      ["GS", "SGS", "239", "ISO 3166-2:GS"],
      ["ES", "ESP", "724", "ISO 3166-2:ES"],
      ["LK", "LKA", "144", "ISO 3166-2:LK"],
      ["SD", "SDN", "729", "ISO 3166-2:SD"],
      ["SR", "SUR", "740", "ISO 3166-2:SR"],
      ["SJ", "SJM", "744", "ISO 3166-2:SJ"],
      ["SZ", "SWZ", "748", "ISO 3166-2:SZ"],
      ["SE", "SWE", "752", "ISO 3166-2:SE"],
      ["CH", "CHE", "756", "ISO 3166-2:CH"],
      ["SY", "SYR", "760", "ISO 3166-2:SY"],
      ["TW", "TWN", "158", "ISO 3166-2:TW"],
      ["TJ", "TJK", "762", "ISO 3166-2:TJ"],
      ["TZ", "TZA", "834", "ISO 3166-2:TZ"],
      ["TH", "THA", "764", "ISO 3166-2:TH"],
      ["TL", "TLS", "626", "ISO 3166-2:TL"],
      ["TG", "TGO", "768", "ISO 3166-2:TG"],
      ["TK", "TKL", "772", "ISO 3166-2:TK"],
      ["TO", "TON", "776", "ISO 3166-2:TO"],
      ["TT", "TTO", "780", "ISO 3166-2:TT"],
      ["TN", "TUN", "788", "ISO 3166-2:TN"],
      ["TR", "TUR", "792", "ISO 3166-2:TR"],
      ["TM", "TKM", "795", "ISO 3166-2:TM"],
      ["TC", "TCA", "796", "ISO 3166-2:TC"],
      ["TV", "TUV", "798", "ISO 3166-2:TV"],
      ["UG", "UGA", "800", "ISO 3166-2:UG"],
      ["UA", "UKR", "804", "ISO 3166-2:UA"],
      ["AE", "ARE", "784", "ISO 3166-2:AE"],
      ["GB", "GBR", "826", "ISO 3166-2:GB"],
      ["US", "USA", "840", "ISO 3166-2:US"],
      ["UM", "UMI", "581", "ISO 3166-2:UM"],
      ["UY", "URY", "858", "ISO 3166-2:UY"],
      ["UZ", "UZB", "860", "ISO 3166-2:UZ"],
      ["VU", "VUT", "548", "ISO 3166-2:VU"],
      ["VE", "VEN", "862", "ISO 3166-2:VE"],
      ["VN", "VNM", "704", "ISO 3166-2:VN"],
      ["VG", "VGB", "092", "ISO 3166-2:VG"],
      ["VI", "VIR", "850", "ISO 3166-2:VI"],
      ["WF", "WLF", "876", "ISO 3166-2:WF"],
      ["EH", "ESH", "732", "ISO 3166-2:EH"],
      ["YE", "YEM", "887", "ISO 3166-2:YE"],
      ["ZM", "ZMB", "894", "ISO 3166-2:ZM"],
      ["ZW", "ZWE", "716", "ISO 3166-2:ZW"],
      ["AX", "ALA", "248", "ISO 3166-2:AX"],
      ["BQ", "BES", "535", "ISO 3166-2:BQ"],
      ["CW", "CUW", "531", "ISO 3166-2:CW"],
      ["GG", "GGY", "831", "ISO 3166-2:GG"],
      ["IM", "IMN", "833", "ISO 3166-2:IM"],
      ["JE", "JEY", "832", "ISO 3166-2:JE"],
      ["ME", "MNE", "499", "ISO 3166-2:ME"],
      ["BL", "BLM", "652", "ISO 3166-2:BL"],
      ["MF", "MAF", "663", "ISO 3166-2:MF"],
      ["RS", "SRB", "688", "ISO 3166-2:RS"],
      ["SX", "SXM", "534", "ISO 3166-2:SX"],
      ["SS", "SSD", "728", "ISO 3166-2:SS"],
      ["XK", "XKK", "983", "ISO 3166-2:XK"]
    ];
  }
});

// node_modules/i18n-iso-countries/supportedLocales.json
var require_supportedLocales = __commonJS({
  "node_modules/i18n-iso-countries/supportedLocales.json"(exports, module) {
    module.exports = [
      "br",
      "cy",
      "dv",
      "sw",
      "eu",
      "af",
      "am",
      "ha",
      "ku",
      "ml",
      "mt",
      "no",
      "ps",
      "sd",
      "so",
      "sq",
      "ta",
      "tg",
      "tt",
      "ug",
      "ur",
      "vi",
      "ar",
      "az",
      "be",
      "bg",
      "bn",
      "bs",
      "ca",
      "cs",
      "da",
      "de",
      "el",
      "en",
      "es",
      "et",
      "fa",
      "fi",
      "fr",
      "ga",
      "gl",
      "he",
      "hi",
      "hr",
      "hu",
      "hy",
      "id",
      "is",
      "it",
      "ja",
      "ka",
      "kk",
      "km",
      "ko",
      "ky",
      "lt",
      "lv",
      "mk",
      "mn",
      "mr",
      "ms",
      "nb",
      "nl",
      "nn",
      "pl",
      "pt",
      "ro",
      "ru",
      "sk",
      "sl",
      "sr",
      "sv",
      "th",
      "tk",
      "tr",
      "uk",
      "uz",
      "zh"
    ];
  }
});

// node_modules/diacritics/index.js
var require_diacritics = __commonJS({
  "node_modules/diacritics/index.js"(exports) {
    exports.remove = removeDiacritics;
    var replacementList = [
      {
        base: " ",
        chars: " "
      },
      {
        base: "0",
        chars: "߀"
      },
      {
        base: "A",
        chars: "ⒶＡÀÁÂẦẤẪẨÃĀĂẰẮẴẲȦǠÄǞẢÅǺǍȀȂẠẬẶḀĄȺⱯ"
      },
      {
        base: "AA",
        chars: "Ꜳ"
      },
      {
        base: "AE",
        chars: "ÆǼǢ"
      },
      {
        base: "AO",
        chars: "Ꜵ"
      },
      {
        base: "AU",
        chars: "Ꜷ"
      },
      {
        base: "AV",
        chars: "ꜸꜺ"
      },
      {
        base: "AY",
        chars: "Ꜽ"
      },
      {
        base: "B",
        chars: "ⒷＢḂḄḆɃƁ"
      },
      {
        base: "C",
        chars: "ⒸＣꜾḈĆCĈĊČÇƇȻ"
      },
      {
        base: "D",
        chars: "ⒹＤḊĎḌḐḒḎĐƊƉᴅꝹ"
      },
      {
        base: "Dh",
        chars: "Ð"
      },
      {
        base: "DZ",
        chars: "ǱǄ"
      },
      {
        base: "Dz",
        chars: "ǲǅ"
      },
      {
        base: "E",
        chars: "ɛⒺＥÈÉÊỀẾỄỂẼĒḔḖĔĖËẺĚȄȆẸỆȨḜĘḘḚƐƎᴇ"
      },
      {
        base: "F",
        chars: "ꝼⒻＦḞƑꝻ"
      },
      {
        base: "G",
        chars: "ⒼＧǴĜḠĞĠǦĢǤƓꞠꝽꝾɢ"
      },
      {
        base: "H",
        chars: "ⒽＨĤḢḦȞḤḨḪĦⱧⱵꞍ"
      },
      {
        base: "I",
        chars: "ⒾＩÌÍÎĨĪĬİÏḮỈǏȈȊỊĮḬƗ"
      },
      {
        base: "J",
        chars: "ⒿＪĴɈȷ"
      },
      {
        base: "K",
        chars: "ⓀＫḰǨḲĶḴƘⱩꝀꝂꝄꞢ"
      },
      {
        base: "L",
        chars: "ⓁＬĿĹĽḶḸĻḼḺŁȽⱢⱠꝈꝆꞀ"
      },
      {
        base: "LJ",
        chars: "Ǉ"
      },
      {
        base: "Lj",
        chars: "ǈ"
      },
      {
        base: "M",
        chars: "ⓂＭḾṀṂⱮƜϻ"
      },
      {
        base: "N",
        chars: "ꞤȠⓃＮǸŃÑṄŇṆŅṊṈƝꞐᴎ"
      },
      {
        base: "NJ",
        chars: "Ǌ"
      },
      {
        base: "Nj",
        chars: "ǋ"
      },
      {
        base: "O",
        chars: "ⓄＯÒÓÔỒỐỖỔÕṌȬṎŌṐṒŎȮȰÖȪỎŐǑȌȎƠỜỚỠỞỢỌỘǪǬØǾƆƟꝊꝌ"
      },
      {
        base: "OE",
        chars: "Œ"
      },
      {
        base: "OI",
        chars: "Ƣ"
      },
      {
        base: "OO",
        chars: "Ꝏ"
      },
      {
        base: "OU",
        chars: "Ȣ"
      },
      {
        base: "P",
        chars: "ⓅＰṔṖƤⱣꝐꝒꝔ"
      },
      {
        base: "Q",
        chars: "ⓆＱꝖꝘɊ"
      },
      {
        base: "R",
        chars: "ⓇＲŔṘŘȐȒṚṜŖṞɌⱤꝚꞦꞂ"
      },
      {
        base: "S",
        chars: "ⓈＳẞŚṤŜṠŠṦṢṨȘŞⱾꞨꞄ"
      },
      {
        base: "T",
        chars: "ⓉＴṪŤṬȚŢṰṮŦƬƮȾꞆ"
      },
      {
        base: "Th",
        chars: "Þ"
      },
      {
        base: "TZ",
        chars: "Ꜩ"
      },
      {
        base: "U",
        chars: "ⓊＵÙÚÛŨṸŪṺŬÜǛǗǕǙỦŮŰǓȔȖƯỪỨỮỬỰỤṲŲṶṴɄ"
      },
      {
        base: "V",
        chars: "ⓋＶṼṾƲꝞɅ"
      },
      {
        base: "VY",
        chars: "Ꝡ"
      },
      {
        base: "W",
        chars: "ⓌＷẀẂŴẆẄẈⱲ"
      },
      {
        base: "X",
        chars: "ⓍＸẊẌ"
      },
      {
        base: "Y",
        chars: "ⓎＹỲÝŶỸȲẎŸỶỴƳɎỾ"
      },
      {
        base: "Z",
        chars: "ⓏＺŹẐŻŽẒẔƵȤⱿⱫꝢ"
      },
      {
        base: "a",
        chars: "ⓐａẚàáâầấẫẩãāăằắẵẳȧǡäǟảåǻǎȁȃạậặḁąⱥɐɑ"
      },
      {
        base: "aa",
        chars: "ꜳ"
      },
      {
        base: "ae",
        chars: "æǽǣ"
      },
      {
        base: "ao",
        chars: "ꜵ"
      },
      {
        base: "au",
        chars: "ꜷ"
      },
      {
        base: "av",
        chars: "ꜹꜻ"
      },
      {
        base: "ay",
        chars: "ꜽ"
      },
      {
        base: "b",
        chars: "ⓑｂḃḅḇƀƃɓƂ"
      },
      {
        base: "c",
        chars: "ｃⓒćĉċčçḉƈȼꜿↄ"
      },
      {
        base: "d",
        chars: "ⓓｄḋďḍḑḓḏđƌɖɗƋᏧԁꞪ"
      },
      {
        base: "dh",
        chars: "ð"
      },
      {
        base: "dz",
        chars: "ǳǆ"
      },
      {
        base: "e",
        chars: "ⓔｅèéêềếễểẽēḕḗĕėëẻěȅȇẹệȩḝęḙḛɇǝ"
      },
      {
        base: "f",
        chars: "ⓕｆḟƒ"
      },
      {
        base: "ff",
        chars: "ﬀ"
      },
      {
        base: "fi",
        chars: "ﬁ"
      },
      {
        base: "fl",
        chars: "ﬂ"
      },
      {
        base: "ffi",
        chars: "ﬃ"
      },
      {
        base: "ffl",
        chars: "ﬄ"
      },
      {
        base: "g",
        chars: "ⓖｇǵĝḡğġǧģǥɠꞡꝿᵹ"
      },
      {
        base: "h",
        chars: "ⓗｈĥḣḧȟḥḩḫẖħⱨⱶɥ"
      },
      {
        base: "hv",
        chars: "ƕ"
      },
      {
        base: "i",
        chars: "ⓘｉìíîĩīĭïḯỉǐȉȋịįḭɨı"
      },
      {
        base: "j",
        chars: "ⓙｊĵǰɉ"
      },
      {
        base: "k",
        chars: "ⓚｋḱǩḳķḵƙⱪꝁꝃꝅꞣ"
      },
      {
        base: "l",
        chars: "ⓛｌŀĺľḷḹļḽḻſłƚɫⱡꝉꞁꝇɭ"
      },
      {
        base: "lj",
        chars: "ǉ"
      },
      {
        base: "m",
        chars: "ⓜｍḿṁṃɱɯ"
      },
      {
        base: "n",
        chars: "ⓝｎǹńñṅňṇņṋṉƞɲŉꞑꞥлԉ"
      },
      {
        base: "nj",
        chars: "ǌ"
      },
      {
        base: "o",
        chars: "ⓞｏòóôồốỗổõṍȭṏōṑṓŏȯȱöȫỏőǒȍȏơờớỡởợọộǫǭøǿꝋꝍɵɔᴑ"
      },
      {
        base: "oe",
        chars: "œ"
      },
      {
        base: "oi",
        chars: "ƣ"
      },
      {
        base: "oo",
        chars: "ꝏ"
      },
      {
        base: "ou",
        chars: "ȣ"
      },
      {
        base: "p",
        chars: "ⓟｐṕṗƥᵽꝑꝓꝕρ"
      },
      {
        base: "q",
        chars: "ⓠｑɋꝗꝙ"
      },
      {
        base: "r",
        chars: "ⓡｒŕṙřȑȓṛṝŗṟɍɽꝛꞧꞃ"
      },
      {
        base: "s",
        chars: "ⓢｓśṥŝṡšṧṣṩșşȿꞩꞅẛʂ"
      },
      {
        base: "ss",
        chars: "ß"
      },
      {
        base: "t",
        chars: "ⓣｔṫẗťṭțţṱṯŧƭʈⱦꞇ"
      },
      {
        base: "th",
        chars: "þ"
      },
      {
        base: "tz",
        chars: "ꜩ"
      },
      {
        base: "u",
        chars: "ⓤｕùúûũṹūṻŭüǜǘǖǚủůűǔȕȗưừứữửựụṳųṷṵʉ"
      },
      {
        base: "v",
        chars: "ⓥｖṽṿʋꝟʌ"
      },
      {
        base: "vy",
        chars: "ꝡ"
      },
      {
        base: "w",
        chars: "ⓦｗẁẃŵẇẅẘẉⱳ"
      },
      {
        base: "x",
        chars: "ⓧｘẋẍ"
      },
      {
        base: "y",
        chars: "ⓨｙỳýŷỹȳẏÿỷẙỵƴɏỿ"
      },
      {
        base: "z",
        chars: "ⓩｚźẑżžẓẕƶȥɀⱬꝣ"
      }
    ];
    var diacriticsMap = {};
    for (i = 0; i < replacementList.length; i += 1) {
      chars = replacementList[i].chars;
      for (j = 0; j < chars.length; j += 1) {
        diacriticsMap[chars[j]] = replacementList[i].base;
      }
    }
    var chars;
    var j;
    var i;
    function removeDiacritics(str) {
      return str.replace(/[^\u0000-\u007e]/g, function(c) {
        return diacriticsMap[c] || c;
      });
    }
    exports.replacementList = replacementList;
    exports.diacriticsMap = diacriticsMap;
  }
});

// node_modules/i18n-iso-countries/index.js
var require_i18n_iso_countries = __commonJS({
  "node_modules/i18n-iso-countries/index.js"(exports) {
    "use strict";
    var codes2 = require_codes();
    var supportedLocales = require_supportedLocales();
    var removeDiacritics = require_diacritics().remove;
    var registeredLocales = {};
    var alpha2 = {};
    var alpha3 = {};
    var numeric = {};
    var invertedNumeric = {};
    codes2.forEach(function(codeInformation) {
      const s = codeInformation;
      alpha2[s[0]] = s[1];
      alpha3[s[1]] = s[0];
      numeric[s[2]] = s[0];
      invertedNumeric[s[0]] = s[2];
    });
    function formatNumericCode(code) {
      return String("000" + (code ? code : "")).slice(-3);
    }
    function hasOwnProperty(object, property) {
      return Object.prototype.hasOwnProperty.call(object, property);
    }
    function localeFilter(localeList, filter) {
      return Object.keys(localeList).reduce(function(newLocaleList, alpha22) {
        const nameList = localeList[alpha22];
        newLocaleList[alpha22] = filter(nameList, alpha22);
        return newLocaleList;
      }, {});
    }
    function filterNameBy(type, countryNameList) {
      switch (type) {
        case "official":
          return Array.isArray(countryNameList) ? countryNameList[0] : countryNameList;
        case "all":
          return typeof countryNameList === "string" ? [countryNameList] : countryNameList;
        case "alias":
          return Array.isArray(countryNameList) ? countryNameList[1] || countryNameList[0] : countryNameList;
        default:
          throw new TypeError(
            "LocaleNameType must be one of these: all, official, alias!"
          );
      }
    }
    exports.registerLocale = function(localeData) {
      if (!localeData.locale) {
        throw new TypeError("Missing localeData.locale");
      }
      if (!localeData.countries) {
        throw new TypeError("Missing localeData.countries");
      }
      registeredLocales[localeData.locale] = localeData.countries;
    };
    function alpha3ToAlpha2(code) {
      return alpha3[code];
    }
    exports.alpha3ToAlpha2 = alpha3ToAlpha2;
    function alpha2ToAlpha3(code) {
      return alpha2[code];
    }
    exports.alpha2ToAlpha3 = alpha2ToAlpha3;
    function alpha3ToNumeric(code) {
      return invertedNumeric[alpha3ToAlpha2(code)];
    }
    exports.alpha3ToNumeric = alpha3ToNumeric;
    function alpha2ToNumeric(code) {
      return invertedNumeric[code];
    }
    exports.alpha2ToNumeric = alpha2ToNumeric;
    function numericToAlpha3(code) {
      const padded = formatNumericCode(code);
      return alpha2ToAlpha3(numeric[padded]);
    }
    exports.numericToAlpha3 = numericToAlpha3;
    function numericToAlpha2(code) {
      const padded = formatNumericCode(code);
      return numeric[padded];
    }
    exports.numericToAlpha2 = numericToAlpha2;
    function toAlpha3(code) {
      if (typeof code === "string") {
        if (/^[0-9]*$/.test(code)) {
          return numericToAlpha3(code);
        }
        if (code.length === 2) {
          return alpha2ToAlpha3(code.toUpperCase());
        }
        if (code.length === 3) {
          return code.toUpperCase();
        }
      }
      if (typeof code === "number") {
        return numericToAlpha3(code);
      }
      return void 0;
    }
    exports.toAlpha3 = toAlpha3;
    function toAlpha2(code) {
      if (typeof code === "string") {
        if (/^[0-9]*$/.test(code)) {
          return numericToAlpha2(code);
        }
        if (code.length === 2) {
          return code.toUpperCase();
        }
        if (code.length === 3) {
          return alpha3ToAlpha2(code.toUpperCase());
        }
      }
      if (typeof code === "number") {
        return numericToAlpha2(code);
      }
      return void 0;
    }
    exports.toAlpha2 = toAlpha2;
    exports.getName = function(code, lang, options = {}) {
      if (!("select" in options)) {
        options.select = "official";
      }
      try {
        const codeMaps = registeredLocales[lang.toLowerCase()];
        const nameList = codeMaps[toAlpha2(code)];
        return filterNameBy(options.select, nameList);
      } catch (err) {
        return void 0;
      }
    };
    exports.getNames = function(lang, options = {}) {
      if (!("select" in options)) {
        options.select = "official";
      }
      const localeList = registeredLocales[lang.toLowerCase()];
      if (localeList === void 0) return {};
      return localeFilter(localeList, function(nameList) {
        return filterNameBy(options.select, nameList);
      });
    };
    exports.getAlpha2Code = function(name, lang) {
      const normalizeString = (string) => string.toLowerCase();
      const areSimilar = (a, b) => normalizeString(a) === normalizeString(b);
      try {
        const codenames = registeredLocales[lang.toLowerCase()];
        for (const p in codenames) {
          if (!hasOwnProperty(codenames, p)) {
            continue;
          }
          if (typeof codenames[p] === "string") {
            if (areSimilar(codenames[p], name)) {
              return p;
            }
          }
          if (Array.isArray(codenames[p])) {
            for (const mappedName of codenames[p]) {
              if (areSimilar(mappedName, name)) {
                return p;
              }
            }
          }
        }
        return void 0;
      } catch (err) {
        return void 0;
      }
    };
    exports.getSimpleAlpha2Code = function(name, lang) {
      const normalizeString = (string) => removeDiacritics(string.toLowerCase());
      const areSimilar = (a, b) => normalizeString(a) === normalizeString(b);
      try {
        const codenames = registeredLocales[lang.toLowerCase()];
        for (const p in codenames) {
          if (!hasOwnProperty(codenames, p)) {
            continue;
          }
          if (typeof codenames[p] === "string") {
            if (areSimilar(codenames[p], name)) {
              return p;
            }
          }
          if (Array.isArray(codenames[p])) {
            for (const mappedName of codenames[p]) {
              if (areSimilar(mappedName, name)) {
                return p;
              }
            }
          }
        }
        return void 0;
      } catch (err) {
        return void 0;
      }
    };
    exports.getAlpha2Codes = function() {
      return alpha2;
    };
    exports.getAlpha3Code = function(name, lang) {
      const alpha22 = exports.getAlpha2Code(name, lang);
      if (alpha22) {
        return exports.toAlpha3(alpha22);
      } else {
        return void 0;
      }
    };
    exports.getSimpleAlpha3Code = function(name, lang) {
      const alpha22 = exports.getSimpleAlpha2Code(name, lang);
      if (alpha22) {
        return exports.toAlpha3(alpha22);
      } else {
        return void 0;
      }
    };
    exports.getAlpha3Codes = function() {
      return alpha3;
    };
    exports.getNumericCodes = function() {
      return numeric;
    };
    exports.langs = function() {
      return Object.keys(registeredLocales);
    };
    exports.getSupportedLanguages = function() {
      return supportedLocales;
    };
    exports.isValid = function(code) {
      if (!code) {
        return false;
      }
      const coerced = code.toString().toUpperCase();
      return hasOwnProperty(alpha3, coerced) || hasOwnProperty(alpha2, coerced) || hasOwnProperty(numeric, coerced);
    };
  }
});

// node_modules/i18n-iso-countries/langs/en.json
var require_en = __commonJS({
  "node_modules/i18n-iso-countries/langs/en.json"(exports, module) {
    module.exports = {
      locale: "en",
      countries: {
        AF: "Afghanistan",
        AL: "Albania",
        DZ: "Algeria",
        AS: "American Samoa",
        AD: "Andorra",
        AO: "Angola",
        AI: "Anguilla",
        AQ: "Antarctica",
        AG: "Antigua and Barbuda",
        AR: "Argentina",
        AM: "Armenia",
        AW: "Aruba",
        AU: "Australia",
        AT: "Austria",
        AZ: "Azerbaijan",
        BS: "Bahamas",
        BH: "Bahrain",
        BD: "Bangladesh",
        BB: "Barbados",
        BY: "Belarus",
        BE: "Belgium",
        BZ: "Belize",
        BJ: "Benin",
        BM: "Bermuda",
        BT: "Bhutan",
        BO: "Bolivia",
        BA: "Bosnia and Herzegovina",
        BW: "Botswana",
        BV: "Bouvet Island",
        BR: "Brazil",
        IO: "British Indian Ocean Territory",
        BN: "Brunei Darussalam",
        BG: "Bulgaria",
        BF: "Burkina Faso",
        BI: "Burundi",
        KH: "Cambodia",
        CM: "Cameroon",
        CA: "Canada",
        CV: "Cape Verde",
        KY: "Cayman Islands",
        CF: "Central African Republic",
        TD: "Chad",
        CL: "Chile",
        CN: ["People's Republic of China", "China"],
        CX: "Christmas Island",
        CC: "Cocos (Keeling) Islands",
        CO: "Colombia",
        KM: "Comoros",
        CG: ["Republic of the Congo", "Congo"],
        CD: ["Democratic Republic of the Congo", "Congo"],
        CK: "Cook Islands",
        CR: "Costa Rica",
        CI: ["Cote d'Ivoire", "Côte d'Ivoire", "Ivory Coast"],
        HR: "Croatia",
        CU: "Cuba",
        CY: "Cyprus",
        CZ: ["Czech Republic", "Czechia"],
        DK: "Denmark",
        DJ: "Djibouti",
        DM: "Dominica",
        DO: "Dominican Republic",
        EC: "Ecuador",
        EG: "Egypt",
        SV: "El Salvador",
        GQ: "Equatorial Guinea",
        ER: "Eritrea",
        EE: "Estonia",
        ET: "Ethiopia",
        FK: "Falkland Islands (Malvinas)",
        FO: "Faroe Islands",
        FJ: "Fiji",
        FI: "Finland",
        FR: "France",
        GF: "French Guiana",
        PF: "French Polynesia",
        TF: "French Southern Territories",
        GA: "Gabon",
        GM: ["Republic of The Gambia", "The Gambia", "Gambia"],
        GE: "Georgia",
        DE: "Germany",
        GH: "Ghana",
        GI: "Gibraltar",
        GR: "Greece",
        GL: "Greenland",
        GD: "Grenada",
        GP: "Guadeloupe",
        GU: "Guam",
        GT: "Guatemala",
        GN: "Guinea",
        GW: "Guinea-Bissau",
        GY: "Guyana",
        HT: "Haiti",
        HM: "Heard Island and McDonald Islands",
        VA: "Holy See (Vatican City State)",
        HN: "Honduras",
        HK: "Hong Kong",
        HU: "Hungary",
        IS: "Iceland",
        IN: "India",
        ID: "Indonesia",
        IR: ["Islamic Republic of Iran", "Iran"],
        IQ: "Iraq",
        IE: "Ireland",
        IL: "Israel",
        IT: "Italy",
        JM: "Jamaica",
        JP: "Japan",
        JO: "Jordan",
        KZ: "Kazakhstan",
        KE: "Kenya",
        KI: "Kiribati",
        KP: "North Korea",
        KR: ["South Korea", "Korea, Republic of", "Republic of Korea"],
        KW: "Kuwait",
        KG: "Kyrgyzstan",
        LA: "Lao People's Democratic Republic",
        LV: "Latvia",
        LB: "Lebanon",
        LS: "Lesotho",
        LR: "Liberia",
        LY: "Libya",
        LI: "Liechtenstein",
        LT: "Lithuania",
        LU: "Luxembourg",
        MO: "Macao",
        MG: "Madagascar",
        MW: "Malawi",
        MY: "Malaysia",
        MV: "Maldives",
        ML: "Mali",
        MT: "Malta",
        MH: "Marshall Islands",
        MQ: "Martinique",
        MR: "Mauritania",
        MU: "Mauritius",
        YT: "Mayotte",
        MX: "Mexico",
        FM: "Micronesia, Federated States of",
        MD: "Moldova, Republic of",
        MC: "Monaco",
        MN: "Mongolia",
        MS: "Montserrat",
        MA: "Morocco",
        MZ: "Mozambique",
        MM: "Myanmar",
        NA: "Namibia",
        NR: "Nauru",
        NP: "Nepal",
        NL: ["Netherlands", "The Netherlands", "Netherlands (Kingdom of the)"],
        NC: "New Caledonia",
        NZ: "New Zealand",
        NI: "Nicaragua",
        NE: "Niger",
        NG: "Nigeria",
        NU: "Niue",
        NF: "Norfolk Island",
        MK: ["The Republic of North Macedonia", "North Macedonia"],
        MP: "Northern Mariana Islands",
        NO: "Norway",
        OM: "Oman",
        PK: "Pakistan",
        PW: "Palau",
        PS: ["State of Palestine", "Palestine"],
        PA: "Panama",
        PG: "Papua New Guinea",
        PY: "Paraguay",
        PE: "Peru",
        PH: "Philippines",
        PN: ["Pitcairn", "Pitcairn Islands"],
        PL: "Poland",
        PT: "Portugal",
        PR: "Puerto Rico",
        QA: "Qatar",
        RE: "Reunion",
        RO: "Romania",
        RU: ["Russian Federation", "Russia"],
        RW: "Rwanda",
        SH: "Saint Helena",
        KN: "Saint Kitts and Nevis",
        LC: "Saint Lucia",
        PM: "Saint Pierre and Miquelon",
        VC: "Saint Vincent and the Grenadines",
        WS: "Samoa",
        SM: "San Marino",
        ST: "Sao Tome and Principe",
        SA: "Saudi Arabia",
        SN: "Senegal",
        SC: "Seychelles",
        SL: "Sierra Leone",
        SG: "Singapore",
        SK: "Slovakia",
        SI: "Slovenia",
        SB: "Solomon Islands",
        SO: "Somalia",
        ZA: "South Africa",
        GS: "South Georgia and the South Sandwich Islands",
        ES: "Spain",
        LK: "Sri Lanka",
        SD: "Sudan",
        SR: "Suriname",
        SJ: "Svalbard and Jan Mayen",
        SZ: "Eswatini",
        SE: "Sweden",
        CH: "Switzerland",
        SY: "Syrian Arab Republic",
        TW: ["Taiwan, Province of China", "Taiwan"],
        TJ: "Tajikistan",
        TZ: ["United Republic of Tanzania", "Tanzania"],
        TH: "Thailand",
        TL: "Timor-Leste",
        TG: "Togo",
        TK: "Tokelau",
        TO: "Tonga",
        TT: "Trinidad and Tobago",
        TN: "Tunisia",
        TR: ["Türkiye", "Turkey"],
        TM: "Turkmenistan",
        TC: "Turks and Caicos Islands",
        TV: "Tuvalu",
        UG: "Uganda",
        UA: "Ukraine",
        AE: ["United Arab Emirates", "UAE"],
        GB: ["United Kingdom", "UK", "Great Britain"],
        US: ["United States of America", "United States", "USA", "U.S.A.", "US", "U.S."],
        UM: "United States Minor Outlying Islands",
        UY: "Uruguay",
        UZ: "Uzbekistan",
        VU: "Vanuatu",
        VE: "Venezuela",
        VN: "Vietnam",
        VG: "Virgin Islands, British",
        VI: "Virgin Islands, U.S.",
        WF: "Wallis and Futuna",
        EH: "Western Sahara",
        YE: "Yemen",
        ZM: "Zambia",
        ZW: "Zimbabwe",
        AX: ["Åland Islands", "Aland Islands"],
        BQ: "Bonaire, Sint Eustatius and Saba",
        CW: "Curaçao",
        GG: "Guernsey",
        IM: "Isle of Man",
        JE: "Jersey",
        ME: "Montenegro",
        BL: "Saint Barthélemy",
        MF: "Saint Martin (French part)",
        RS: "Serbia",
        SX: "Sint Maarten (Dutch part)",
        SS: "South Sudan",
        XK: "Kosovo"
      }
    };
  }
});

// node_modules/i18n-iso-countries/langs/fr.json
var require_fr = __commonJS({
  "node_modules/i18n-iso-countries/langs/fr.json"(exports, module) {
    module.exports = {
      locale: "fr",
      countries: {
        AF: "Afghanistan",
        AL: "Albanie",
        DZ: "Algérie",
        AS: "Samoa américaines",
        AD: "Andorre",
        AO: "Angola",
        AI: "Anguilla",
        AQ: "Antarctique",
        AG: "Antigua-et-Barbuda",
        AR: "Argentine",
        AM: "Arménie",
        AW: "Aruba",
        AU: "Australie",
        AT: "Autriche",
        AZ: "Azerbaïdjan",
        BS: "Bahamas",
        BH: "Bahreïn",
        BD: "Bangladesh",
        BB: "Barbade",
        BY: "Biélorussie",
        BE: "Belgique",
        BZ: "Belize",
        BJ: "Bénin",
        BM: "Bermudes",
        BT: "Bhoutan",
        BO: "Bolivie",
        BA: "Bosnie-Herzégovine",
        BW: "Botswana",
        BV: "Île Bouvet",
        BR: "Brésil",
        IO: "Océan Indien Britannique",
        BN: "Brunei Darussalam",
        BG: "Bulgarie",
        BF: "Burkina Faso",
        BI: "Burundi",
        KH: "Cambodge",
        CM: "Cameroun",
        CA: "Canada",
        CV: "Cap-Vert",
        KY: "Îles Caïmans",
        CF: "République Centrafricaine",
        TD: "Tchad",
        CL: "Chili",
        CN: "Chine",
        CX: "Île Christmas",
        CC: "Îles Cocos",
        CO: "Colombie",
        KM: "Comores",
        CG: "République du Congo",
        CD: "République démocratique du Congo",
        CK: "Îles Cook",
        CR: "Costa Rica",
        CI: "Côte-d'Ivoire",
        HR: "Croatie",
        CU: "Cuba",
        CY: "Chypre",
        CZ: "République Tchèque",
        DK: "Danemark",
        DJ: "Djibouti",
        DM: "Dominique",
        DO: "République Dominicaine",
        EC: "Équateur",
        EG: "Égypte",
        SV: "El Salvador",
        GQ: "Guinée équatoriale",
        ER: "Érythrée",
        EE: "Estonie",
        ET: "Éthiopie",
        FK: "Îles Malouines",
        FO: "Îles Féroé",
        FJ: "Fidji",
        FI: "Finlande",
        FR: "France",
        GF: "Guyane française",
        PF: "Polynésie française",
        TF: "Terres australes françaises",
        GA: "Gabon",
        GM: "Gambie",
        GE: "Géorgie",
        DE: "Allemagne",
        GH: "Ghana",
        GI: "Gibraltar",
        GR: "Grèce",
        GL: "Groenland",
        GD: "Grenade",
        GP: "Guadeloupe",
        GU: "Guam",
        GT: "Guatemala",
        GN: "Guinée",
        GW: "Guinée-Bissau",
        GY: "Guyana",
        HT: "Haïti",
        HM: "Îles Heard-et-MacDonald",
        VA: "Saint-Siège (Vatican)",
        HN: "Honduras",
        HK: "Hong Kong",
        HU: "Hongrie",
        IS: "Islande",
        IN: "Inde",
        ID: "Indonésie",
        IR: "Iran",
        IQ: "Irak",
        IE: "Irlande",
        IL: "Israël",
        IT: "Italie",
        JM: "Jamaïque",
        JP: "Japon",
        JO: "Jordanie",
        KZ: "Kazakhstan",
        KE: "Kenya",
        KI: "Kiribati",
        KP: "Corée du Nord",
        KR: "Corée du Sud",
        KW: "Koweït",
        KG: "Kirghizistan",
        LA: "Laos",
        LV: "Lettonie",
        LB: "Liban",
        LS: "Lesotho",
        LR: "Libéria",
        LY: "Libye",
        LI: "Liechtenstein",
        LT: "Lituanie",
        LU: "Luxembourg",
        MO: "Macao",
        MK: "Macédoine du Nord",
        MG: "Madagascar",
        MW: "Malawi",
        MY: "Malaisie",
        MV: "Maldives",
        ML: "Mali",
        MT: "Malte",
        MH: "Îles Marshall",
        MQ: "Martinique",
        MR: "Mauritanie",
        MU: "Maurice",
        YT: "Mayotte",
        MX: "Mexique",
        FM: "Micronésie",
        MD: "Moldavie",
        MC: "Monaco",
        MN: "Mongolie",
        MS: "Montserrat",
        MA: "Maroc",
        MZ: "Mozambique",
        MM: "Myanmar",
        NA: "Namibie",
        NR: "Nauru",
        NP: "Népal",
        NL: "Pays-Bas",
        NC: "Nouvelle-Calédonie",
        NZ: "Nouvelle-Zélande",
        NI: "Nicaragua",
        NE: "Niger",
        NG: "Nigéria",
        NU: "Niué",
        NF: "Île Norfolk",
        MP: "Îles Mariannes du Nord",
        NO: "Norvège",
        OM: "Oman",
        PK: "Pakistan",
        PW: "Palaos",
        PS: "Palestine",
        PA: "Panama",
        PG: "Papouasie-Nouvelle-Guinée",
        PY: "Paraguay",
        PE: "Pérou",
        PH: "Philippines",
        PN: "Îles Pitcairn",
        PL: "Pologne",
        PT: "Portugal",
        PR: "Porto Rico",
        QA: "Qatar",
        RE: "Réunion",
        RO: "Roumanie",
        RU: "Russie",
        RW: "Rwanda",
        SH: "Sainte-Hélène",
        KN: "Saint-Christophe-et-Niévès",
        LC: "Sainte-Lucie",
        PM: "Saint-Pierre-et-Miquelon",
        VC: "Saint-Vincent-et-les-Grenadines",
        WS: "Samoa",
        SM: "Saint-Marin",
        ST: "São Tomé-et-Principe",
        SA: "Arabie Saoudite",
        SN: "Sénégal",
        SC: "Seychelles",
        SL: "Sierra Leone",
        SG: "Singapour",
        SK: "Slovaquie",
        SI: "Slovénie",
        SB: "Îles Salomon",
        SO: "Somalie",
        ZA: "Afrique du Sud",
        GS: "Géorgie du Sud-et-les Îles Sandwich du Sud",
        ES: "Espagne",
        LK: "Sri Lanka",
        SD: "Soudan",
        SR: "Suriname",
        SJ: "Svalbard et Île Jan Mayen",
        SZ: "Royaume d'Eswatini",
        SE: "Suède",
        CH: "Suisse",
        SY: "Syrie",
        TW: "Taïwan",
        TJ: "Tadjikistan",
        TZ: "République unie de Tanzanie",
        TH: "Thaïlande",
        TL: "Timor-Leste",
        TG: "Togo",
        TK: "Tokelau",
        TO: "Tonga",
        TT: "Trinité-et-Tobago",
        TN: "Tunisie",
        TR: "Turquie",
        TM: "Turkménistan",
        TC: "Îles Turques-et-Caïques",
        TV: "Tuvalu",
        UG: "Ouganda",
        UA: "Ukraine",
        AE: "Émirats Arabes Unis",
        GB: "Royaume-Uni",
        US: "États-Unis d'Amérique",
        UM: "Îles mineures éloignées des États-Unis",
        UY: "Uruguay",
        UZ: "Ouzbékistan",
        VU: "Vanuatu",
        VE: "Venezuela",
        VN: "Vietnam",
        VG: "Îles vierges britanniques",
        VI: "Îles vierges américaines",
        WF: "Wallis-et-Futuna",
        EH: "Sahara occidental",
        YE: "Yémen",
        ZM: "Zambie",
        ZW: "Zimbabwe",
        AX: "Åland",
        BQ: "Bonaire, Saint-Eustache et Saba",
        CW: "Curaçao",
        GG: "Guernesey",
        IM: "Île de Man",
        JE: "Jersey",
        ME: "Monténégro",
        BL: "Saint-Barthélemy",
        MF: "Saint-Martin (partie française)",
        RS: "Serbie",
        SX: "Saint-Martin (partie néerlandaise)",
        SS: "Soudan du Sud",
        XK: "Kosovo"
      }
    };
  }
});

// node_modules/i18n-iso-countries/langs/nl.json
var require_nl = __commonJS({
  "node_modules/i18n-iso-countries/langs/nl.json"(exports, module) {
    module.exports = {
      locale: "nl",
      countries: {
        AF: ["Islamitisch Emiraat Afghanistan", "Afghanistan"],
        AL: ["Republiek Albanië", "Albanië"],
        DZ: ["Democratische Volksrepubliek Algerije", "Algerije"],
        AS: "Amerikaans-Samoa",
        AD: ["Vorstendom Andorra", "Andorra"],
        AO: ["Republiek Angola", "Angola"],
        AI: "Anguilla",
        AQ: "Antarctica",
        AG: "Antigua en Barbuda",
        AR: ["Argentijnse Republiek", "Argentinië"],
        AM: ["Republiek Armenië", "Armenië"],
        AW: "Aruba",
        AU: ["Gemenebest van Australië", "Australië"],
        AT: ["Republiek Oostenrijk", "Oostenrijk"],
        AZ: ["Republiek Azerbeidzjan", "Azerbeidzjan"],
        BS: ["Gemenebest van de Bahama's", "Bahama's"],
        BH: ["Koninkrijk Bahrein", "Bahrein"],
        BD: ["Volksrepubliek Bangladesh", "Bangladesh"],
        BB: ["Barbados", "Barbados"],
        BY: ["Republiek Wit-Rusland", "Wit-Rusland"],
        BE: ["Koninkrijk België", "België"],
        BZ: ["Belize", "Belize"],
        BJ: ["Republiek Benin", "Benin"],
        BM: "Bermuda",
        BT: ["Koninkrijk Bhutan", "Bhutan"],
        BO: ["Plurinationale Staat Bolivia", "Bolivië"],
        BA: ["Bosnië en Herzegovina", "Bosnië-Herzegovina"],
        BW: ["Republiek Botswana", "Botswana"],
        BV: "Bouvet Eiland",
        BR: ["Federale Republiek Brazilië", "Brazilië"],
        IO: "Brits Indische oceaan",
        BN: ["Brunei Darussalam", "Brunei"],
        BG: ["Republiek Bulgarije", "Bulgarije"],
        BF: ["Burkina Faso", "Burkina Faso"],
        BI: ["Republiek Burundi", "Burundi"],
        KH: ["Koninkrijk Cambodja", "Cambodja"],
        CM: ["Republiek Kameroen", "Kameroen"],
        CA: "Canada",
        CV: ["Republiek Kaapverdië", "Kaapverdië"],
        KY: "Kaaimaneilanden",
        CF: "Centraal-Afrikaanse Republiek",
        TD: ["Republiek Tsjaad", "Tsjaad"],
        CL: ["Republiek Chili", "Chili"],
        CN: ["Volksrepubliek China", "China"],
        CX: ["Christmaseiland", "Kersteiland"],
        CC: "Cocoseilanden",
        CO: ["Republiek Colombia", "Colombia"],
        KM: ["Unie der Comoren", "Comoren"],
        CG: ["Republiek Congo", "Congo-Brazzaville"],
        CD: ["Democratische Republiek Congo", "Congo-Kinshasa"],
        CK: "Cookeilanden",
        CR: ["Republiek Costa Rica", "Costa Rica"],
        CI: ["Republiek Ivoorkust", "Ivoorkust"],
        HR: ["Republiek Kroatië", "Kroatië"],
        CU: ["Republiek Cuba", "Cuba"],
        CY: ["Republiek Cyprus", "Cyprus"],
        CZ: ["Tsjechische Republiek", "Tsjechië"],
        DK: ["Koninkrijk Denemarken", "Denemarken"],
        DJ: ["Republiek Djibouti", "Djibouti"],
        DM: ["Gemenebest Dominica", "Dominica"],
        DO: "Dominicaanse Republiek",
        EC: ["Republiek Ecuador", "Ecuador"],
        EG: ["Arabische Republiek Egypte", "Egypte"],
        SV: ["Republiek El Salvador", "El Salvador"],
        GQ: ["Republiek Equatoriaal-Guinea", "Equatoriaal-Guinea"],
        ER: ["Staat Eritrea", "Eritrea"],
        EE: ["Republiek Estland", "Estland"],
        ET: ["Federale Democratische Republiek Ethiopië", "Ethiopië"],
        FK: "Falklandeilanden",
        FO: "Faeröer",
        FJ: ["Republiek Fiji", "Fiji"],
        FI: ["Republiek Finland", "Finland"],
        FR: ["Franse Republiek", "Frankrijk"],
        GF: "Frans-Guyana",
        PF: "Frans-Polynesië",
        TF: "Franse Zuidelijke Gebieden",
        GA: ["Republiek Gabon", "Gabon"],
        GM: ["Republiek Gambia", "Gambia"],
        GE: ["Georgië", "Georgië"],
        DE: ["Bondsrepubliek Duitsland", "Duitsland"],
        GH: ["Republiek Ghana", "Ghana"],
        GI: "Gibraltar",
        GR: ["Helleense Republiek", "Griekenland"],
        GL: "Groenland",
        GD: "Grenada",
        GP: "Guadeloupe",
        GU: "Guam",
        GT: ["Republiek Guatemala", "Guatemala"],
        GN: ["Republiek Guinee", "Guinea"],
        GW: ["Republiek Guinee-Bissau", "Guinee-Bissau"],
        GY: ["Coöperatieve Republiek Guyana", "Guyana"],
        HT: ["Republiek Haïti", "Haïti"],
        HM: "Heard en McDonaldeilanden",
        VA: ["Vaticaanstad", "Vaticaanstad"],
        HN: ["Republiek Honduras", "Honduras"],
        HK: "Hong Kong",
        HU: ["Hongaarse Republiek", "Hongarije"],
        IS: ["IJslandse Republiek", "IJsland"],
        IN: ["Republiek India", "India"],
        ID: ["Republiek Indonesië", "Indonesië"],
        IR: ["Islamitische Republiek Iran", "Iran"],
        IQ: ["Republiek Irak", "Irak"],
        IE: ["Ierse Republiek", "Ierland"],
        IL: ["Staat Israël", "Israël"],
        IT: ["Italiaanse Republiek", "Italië"],
        JM: "Jamaica",
        JP: "Japan",
        JO: ["Hasjemitisch Koninkrijk Jordanië", "Jordanië"],
        KZ: ["Republiek Kazachstan", "Kazachstan"],
        KE: ["Republiek Kenia", "Kenia"],
        KI: ["Republiek Kiribati", "Kiribati"],
        KP: ["Democratische Volksrepubliek Korea", "Noord-Korea"],
        KR: ["Republiek Korea", "Zuid-Korea"],
        KW: ["Staat Koeweit", "Koeweit"],
        KG: ["Kirgizische Republiek", "Kirgizië"],
        LA: ["Lao Democratische Volksrepubliek", "Laos"],
        LV: ["Republiek Letland", "Letland"],
        LB: ["Libanese Republiek", "Libanon"],
        LS: ["Koninkrijk Lesotho", "Lesotho"],
        LR: ["Republiek Liberia", "Liberia"],
        LY: ["Staat Libië", "Libië"],
        LI: ["Vorstendom Liechtenstein", "Liechtenstein"],
        LT: ["Republiek Litouwen", "Litouwen"],
        LU: ["Groothertogdom Luxemburg", "Luxemburg"],
        MO: "Macao",
        MG: ["Republiek Madagaskar", "Madagaskar"],
        MW: ["Republiek Malawi", "Malawi"],
        MY: ["Maleisië", "Maleisië"],
        MV: ["Republiek der Maldiven", "Maldiven"],
        ML: ["Republiek Mali", "Mali"],
        MT: ["Republiek Malta", "Malta"],
        MH: ["Republiek der Marshalleilanden", "Marshalleilanden"],
        MQ: "Martinique",
        MR: ["Islamitische Republiek Mauritanië", "Mauritanië"],
        MU: ["Republiek Mauritius", "Mauritius"],
        YT: "Mayotte",
        MX: ["Verenigde Mexicaanse Staten", "Mexico"],
        FM: ["Federale Staten van Micronesië", "Micronesië"],
        MD: ["Republiek Moldavië", "Moldavië"],
        MC: ["Vorstendom Monaco", "Monaco"],
        MN: ["Mongolië", "Mongolië"],
        MS: "Montserrat",
        MA: ["Koninkrijk Marokko", "Marokko"],
        MZ: ["Republiek Mozambique", "Mozambique"],
        MM: ["Republiek van de Unie van Myanmar", "Myanmar"],
        NA: ["Republiek Namibië", "Namibië"],
        NR: ["Republiek Nauru", "Nauru"],
        NP: ["Federale Democratische Republiek Nepal", "Nepal"],
        NL: ["Koninkrijk der Nederlanden", "Nederland"],
        NC: ["Nieuw-Caledonië", "Nieuw-Caledonië"],
        NZ: ["Nieuw-Zeeland", "Nieuw-Zeeland"],
        NI: ["Republiek Nicaragua", "Nicaragua"],
        NE: ["Republiek Niger", "Niger"],
        NG: ["Federale Republiek Nigeria", "Nigeria"],
        NU: "Niue",
        NF: "Norfolk",
        MP: "Noordelijke Marianen",
        MK: ["Republiek Noord-Macedonië", "Noord-Macedonië"],
        NO: ["Koninkrijk Noorwegen", "Noorwegen"],
        OM: ["Sultanaat Oman", "Oman"],
        PK: ["Islamitische Republiek Pakistan", "Pakistan"],
        PW: ["Republiek Palau", "Palau"],
        PS: ["Staat Palestina", "Palestina"],
        PA: ["Republiek Panama", "Panama"],
        PG: ["Onafhankelijke Staat Papoea-Nieuw-Guinea", "Papoea-Nieuw-Guinea"],
        PY: ["Republiek Paraguay", "Paraguay"],
        PE: ["Republiek Peru", "Peru"],
        PH: ["Republiek der Filipijnen", "Filipijnen"],
        PN: "Pitcairn",
        PL: ["Republiek Polen", "Polen"],
        PT: ["Portugese Republiek", "Portugal"],
        PR: "Puerto Rico",
        QA: ["Staat Qatar", "Qatar"],
        RE: "Réunion",
        RO: ["Roemeense Republiek", "Roemenië"],
        RU: ["Russische Federatie", "Rusland"],
        RW: ["Republiek Rwanda", "Rwanda"],
        SH: "Sint-Helena",
        KN: ["Federatie Saint Kitts en Nevis", "Saint Kitts en Nevis"],
        LC: ["Saint Lucia", "Saint Lucia"],
        PM: ["Saint-Pierre en Miquelon", "Saint-Pierre en Miquelon"],
        VC: ["Saint Vincent en de Grenadines", "Saint Vincent en de Grenadines"],
        WS: ["Onafhankelijke Staat Samoa", "Samoa"],
        SM: ["Republiek San Marino", "San Marino"],
        ST: [
          "Democratische Republiek São Tomé en Principe",
          "São Tomé en Principe"
        ],
        SA: ["Koninkrijk Saudi-Arabië", "Saudi-Arabië"],
        SN: ["Republiek Senegal", "Senegal"],
        SC: ["Republiek der Seychellen", "Seychellen"],
        SL: ["Republiek Sierra Leone", "Sierra Leone"],
        SG: ["Republiek Singapore", "Singapore"],
        SK: ["Slowaakse Republiek", "Slowakije"],
        SI: ["Republiek Slovenië", "Slovenië"],
        SB: ["Salomonseilanden", "Salomonseilanden"],
        SO: ["Federale Republiek Somalië", "Somalië"],
        ZA: ["Republiek Zuid-Afrika", "Zuid-Afrika"],
        GS: "Zuid-Georgia en de Zuidelijke Sandwicheilanden",
        ES: ["Koninkrijk Spanje", "Spanje"],
        LK: ["Democratische Socialistische Republiek Sri Lanka", "Sri Lanka"],
        SD: ["Republiek Soedan", "Soedan"],
        SR: ["Republiek Suriname", "Suriname"],
        SJ: "Spitsbergen en Jan Mayen",
        SZ: ["Koninkrijk Eswatini", "Eswatini", "Swaziland"],
        SE: ["Koninkrijk Zweden", "Zweden"],
        CH: ["Zwitserse Bondsstaat", "Zwitserland"],
        SY: ["Syrische Arabische Republiek", "Syrië"],
        TW: ["Taiwan", "Taiwan"],
        TJ: ["Republiek Tadzjikistan", "Tadzjikistan"],
        TZ: ["Verenigde Republiek Tanzania", "Tanzania"],
        TH: ["Koninkrijk Thailand", "Thailand"],
        TL: ["Democratische Republiek Timor-Leste", "Timor Leste"],
        TG: ["Togolese Republiek", "Togo"],
        TK: "Tokelau",
        TO: ["Koninkrijk Tonga", "Tonga"],
        TT: ["Republiek Trinidad en Tobago", "Trinidad en Tobago"],
        TN: ["Republiek Tunesië", "Tunesië"],
        TR: ["Republiek Turkije", "Turkije"],
        TM: ["Turkmeense Republiek", "Turkmenistan"],
        TC: "Turks- en Caicoseilanden",
        TV: ["Tuvalu", "Tuvalu"],
        UG: ["Republiek Oeganda", "Oeganda"],
        UA: ["Oekraïne", "Oekraïne"],
        AE: ["Verenigde Arabische Emiraten", "Verenigde Arabische Emiraten"],
        GB: [
          "Verenigd Koninkrijk van Groot-Brittannië en Noord-Ierland",
          "Verenigd Koninkrijk"
        ],
        US: ["Verenigde Staten van Amerika", "Verenigde Staten"],
        UM: "Amerikaanse Kleinere Afgelegen Eilanden",
        UY: ["Oostelijke Republiek Uruguay", "Uruguay"],
        UZ: ["Republiek Oezbekistan", "Oezbekistan"],
        VU: ["Republiek Vanuatu", "Vanuatu"],
        VE: ["Bolivariaanse Republiek Venezuela", "Venezuela"],
        VN: ["Socialistische Republiek Vietnam", "Vietnam"],
        VG: "Britse Maagdeneilanden",
        VI: "Amerikaanse Maagdeneilanden",
        WF: "Wallis en Futuna",
        EH: "Westelijke Sahara",
        YE: ["Republiek Jemen", "Jemen"],
        ZM: ["Republiek Zambia", "Zambia"],
        ZW: ["Republiek Zimbabwe", "Zimbabwe"],
        AX: "Åland",
        BQ: "Bonaire, Sint Eustatius en Saba",
        CW: "Curaçao",
        GG: "Guernsey",
        IM: "Man Eiland",
        JE: "Jersey",
        ME: ["Montenegro", "Montenegro"],
        BL: "Saint Barthélemy",
        MF: [
          "Sint-Maarten (Frans deel)",
          "Sint-Maarten (Franse Antillen)",
          "Collectiviteit van Sint-Maarten"
        ],
        RS: ["Republiek Servië", "Servië"],
        SX: [
          "Sint Maarten",
          "Sint-Maarten",
          "Sint Maarten (Nederlands deel)",
          "Land Sint Maarten"
        ],
        SS: ["Republiek Zuid-Soedan", "Zuid-Soedan"],
        XK: ["Republiek Kosovo", "Kosovo"]
      }
    };
  }
});

// node_modules/i18n-iso-countries/langs/de.json
var require_de = __commonJS({
  "node_modules/i18n-iso-countries/langs/de.json"(exports, module) {
    module.exports = {
      locale: "de",
      countries: {
        AF: "Afghanistan",
        EG: "Ägypten",
        AX: "Åland",
        AL: "Albanien",
        DZ: "Algerien",
        AS: "Amerikanisch-Samoa",
        VI: "Amerikanische Jungferninseln",
        AD: "Andorra",
        AO: "Angola",
        AI: "Anguilla",
        AQ: "Antarktis",
        AG: "Antigua und Barbuda",
        GQ: "Äquatorialguinea",
        AR: "Argentinien",
        AM: "Armenien",
        AW: "Aruba",
        AZ: "Aserbaidschan",
        ET: "Äthiopien",
        AU: "Australien",
        BS: "Bahamas",
        BH: "Bahrain",
        BD: "Bangladesch",
        BB: "Barbados",
        BY: "Belarus",
        BE: "Belgien",
        BZ: "Belize",
        BJ: "Benin",
        BM: "Bermuda",
        BT: "Bhutan",
        BO: "Bolivien",
        BQ: "Bonaire",
        BA: "Bosnien und Herzegowina",
        BW: "Botswana",
        BV: "Bouvetinsel",
        BR: "Brasilien",
        VG: "Britische Jungferninseln",
        IO: "Britisches Territorium im Indischen Ozean",
        BN: "Brunei Darussalam",
        BG: "Bulgarien",
        BF: "Burkina Faso",
        BI: "Burundi",
        CL: "Chile",
        CN: "China",
        CK: "Cookinseln",
        CR: "Costa Rica",
        CI: "Elfenbeinküste",
        CW: "Curaçao",
        DK: "Dänemark",
        DE: "Deutschland",
        DM: "Dominica",
        DO: "Dominikanische Republik",
        DJ: "Dschibuti",
        EC: "Ecuador",
        SV: "El Salvador",
        ER: "Eritrea",
        EE: "Estland",
        FK: "Falklandinseln",
        FO: "Färöer",
        FJ: "Fidschi",
        FI: "Finnland",
        FR: "Frankreich",
        GF: "Französisch-Guayana",
        PF: "Französisch-Polynesien",
        TF: "Französische Süd- und Antarktisgebiete",
        GA: "Gabun",
        GM: "Gambia",
        GE: "Georgien",
        GH: "Ghana",
        GI: "Gibraltar",
        GD: "Grenada",
        GR: "Griechenland",
        GL: "Grönland",
        GP: "Guadeloupe",
        GU: "Guam",
        GT: "Guatemala",
        GG: "Guernsey",
        GN: "Guinea",
        GW: "Guinea-Bissau",
        GY: "Guyana",
        HT: "Haiti",
        HM: "Heard und McDonaldinseln",
        HN: "Honduras",
        HK: ["Hongkong", "Hong Kong"],
        IN: "Indien",
        ID: "Indonesien",
        IM: "Insel Man",
        IQ: "Irak",
        IR: "Iran",
        IE: "Irland",
        IS: "Island",
        IL: "Israel",
        IT: "Italien",
        JM: "Jamaika",
        JP: "Japan",
        YE: "Jemen",
        JE: "Jersey",
        JO: "Jordanien",
        KY: "Kaimaninseln",
        KH: "Kambodscha",
        CM: "Kamerun",
        CA: "Kanada",
        CV: "Kap Verde",
        KZ: "Kasachstan",
        QA: "Katar",
        KE: "Kenia",
        KG: "Kirgisistan",
        KI: "Kiribati",
        CC: "Kokosinseln",
        CO: "Kolumbien",
        KM: "Komoren",
        CD: "Kongo",
        KP: "Nordkorea",
        KR: "Südkorea",
        HR: "Kroatien",
        CU: "Kuba",
        KW: "Kuwait",
        LA: "Laos",
        LS: "Lesotho",
        LV: "Lettland",
        LB: "Libanon",
        LR: "Liberia",
        LY: "Libyen",
        LI: "Liechtenstein",
        LT: "Litauen",
        LU: "Luxemburg",
        MO: "Macao",
        MG: "Madagaskar",
        MW: "Malawi",
        MY: "Malaysia",
        MV: "Malediven",
        ML: "Mali",
        MT: "Malta",
        MA: "Marokko",
        MH: "Marshallinseln",
        MQ: "Martinique",
        MR: "Mauretanien",
        MU: "Mauritius",
        YT: "Mayotte",
        MX: "Mexiko",
        FM: "Mikronesien",
        MD: "Moldawien",
        MC: "Monaco",
        MN: "Mongolei",
        ME: "Montenegro",
        MS: "Montserrat",
        MZ: "Mosambik",
        MM: "Myanmar",
        NA: "Namibia",
        NR: "Nauru",
        NP: "Nepal",
        NC: "Neukaledonien",
        NZ: "Neuseeland",
        NI: "Nicaragua",
        NL: "Niederlande",
        NE: "Niger",
        NG: "Nigeria",
        NU: "Niue",
        MK: "Nordmazedonien",
        MP: "Nördliche Marianen",
        NF: "Norfolkinsel",
        NO: "Norwegen",
        OM: "Oman",
        AT: "Österreich",
        TL: "Osttimor",
        PK: "Pakistan",
        PS: "Staat Palästina",
        PW: "Palau",
        PA: "Panama",
        PG: "Papua-Neuguinea",
        PY: "Paraguay",
        PE: "Peru",
        PH: "Philippinen",
        PN: "Pitcairninseln",
        PL: "Polen",
        PT: "Portugal",
        PR: "Puerto Rico",
        TW: "Taiwan",
        CG: "Republik Kongo",
        RE: "Réunion",
        RW: "Ruanda",
        RO: "Rumänien",
        RU: ["Russische Föderation", "Russland"],
        BL: "Saint-Barthélemy",
        MF: "Saint-Martin",
        SB: "Salomonen",
        ZM: "Sambia",
        WS: "Samoa",
        SM: "San Marino",
        ST: "São Tomé und Príncipe",
        SA: "Saudi-Arabien",
        SE: "Schweden",
        CH: "Schweiz",
        SN: "Senegal",
        RS: "Serbien",
        SC: "Seychellen",
        SL: "Sierra Leone",
        ZW: "Simbabwe",
        SG: "Singapur",
        SX: "Sint Maarten",
        SK: "Slowakei",
        SI: "Slowenien",
        SO: "Somalia",
        ES: "Spanien",
        LK: "Sri Lanka",
        SH: "St. Helena",
        KN: "St. Kitts und Nevis",
        LC: "St. Lucia",
        PM: "Saint-Pierre und Miquelon",
        VC: "St. Vincent und die Grenadinen",
        ZA: "Südafrika",
        SD: "Sudan",
        GS: "Südgeorgien und die Südlichen Sandwichinseln",
        SS: "Südsudan",
        SR: "Suriname",
        SJ: "Svalbard und Jan Mayen",
        SZ: "Eswatini",
        SY: "Syrien, Arabische Republik",
        TJ: "Tadschikistan",
        TZ: ["Tansania, Vereinigte Republik", "Tansania"],
        TH: "Thailand",
        TG: "Togo",
        TK: "Tokelau",
        TO: "Tonga",
        TT: "Trinidad und Tobago",
        TD: "Tschad",
        CZ: ["Tschechische Republik", "Tschechien"],
        TN: "Tunesien",
        TR: "Türkei",
        TM: "Turkmenistan",
        TC: "Turks- und Caicosinseln",
        TV: "Tuvalu",
        UG: "Uganda",
        UA: "Ukraine",
        HU: "Ungarn",
        UM: "United States Minor Outlying Islands",
        UY: "Uruguay",
        UZ: "Usbekistan",
        VU: "Vanuatu",
        VA: "Vatikanstadt",
        VE: "Venezuela",
        AE: "Vereinigte Arabische Emirate",
        US: ["Vereinigte Staaten von Amerika", "Vereinigte Staaten", "USA"],
        GB: ["Vereinigtes Königreich", "Großbritannien"],
        VN: "Vietnam",
        WF: "Wallis und Futuna",
        CX: "Weihnachtsinsel",
        EH: "Westsahara",
        CF: "Zentralafrikanische Republik",
        CY: "Zypern",
        XK: "Kosovo"
      }
    };
  }
});

// node_modules/i18n-iso-countries/langs/es.json
var require_es = __commonJS({
  "node_modules/i18n-iso-countries/langs/es.json"(exports, module) {
    module.exports = {
      locale: "es",
      countries: {
        AF: "Afganistán",
        AL: "Albania",
        DZ: "Argelia",
        AS: "Samoa Americana",
        AD: "Andorra",
        AO: "Angola",
        AI: "Anguila",
        AQ: "Antártida",
        AG: "Antigua y Barbuda",
        AR: "Argentina",
        AM: "Armenia",
        AW: "Aruba",
        AU: "Australia",
        AT: "Austria",
        AZ: "Azerbaiyán",
        BS: "Bahamas",
        BH: "Bahrein",
        BD: "Bangladesh",
        BB: "Barbados",
        BY: "Bielorrusia",
        BE: "Bélgica",
        BZ: "Belice",
        BJ: "Benin",
        BM: "Bermudas",
        BT: "Bután",
        BO: "Bolivia",
        BA: "Bosnia y Herzegovina",
        BW: "Botswana",
        BV: "Isla Bouvet",
        BR: "Brasil",
        IO: "Territorio Británico del Océano Índico",
        BN: "Brunei Darussalam",
        BG: "Bulgaria",
        BF: "Burkina Faso",
        BI: "Burundi",
        KH: "Camboya",
        CM: "Camerún",
        CA: "Canadá",
        CV: "Cabo Verde",
        KY: "Islas Caimán",
        CF: "República Centroafricana",
        TD: "Chad",
        CL: "Chile",
        CN: "China",
        CX: "Isla de Navidad",
        CC: "Islas Cocos (Keeling)",
        CO: "Colombia",
        KM: "Comoras",
        CG: "Congo",
        CD: "Congo (República Democrática del)",
        CK: "Islas Cook",
        CR: "Costa Rica",
        CI: "Costa de Marfil",
        HR: "Croacia",
        CU: "Cuba",
        CY: "Chipre",
        CZ: "República Checa",
        DK: "Dinamarca",
        DJ: "Yibuti",
        DM: "Dominica",
        DO: "República Dominicana",
        EC: "Ecuador",
        EG: "Egipto",
        SV: "El Salvador",
        GQ: "Guinea Ecuatorial",
        ER: "Eritrea",
        EE: "Estonia",
        ET: "Etiopía",
        FK: "Islas Malvinas",
        FO: "Islas Feroe",
        FJ: "Fiji",
        FI: "Finlandia",
        FR: "Francia",
        GF: "Guayana Francesa",
        PF: "Polinesia Francesa",
        TF: "Tierras Australes Francesas",
        GA: "Gabón",
        GM: "Gambia",
        GE: "Georgia",
        DE: "Alemania",
        GH: "Ghana",
        GI: "Gibraltar",
        GR: "Grecia",
        GL: "Groenlandia",
        GD: "Granada",
        GP: "Guadalupe",
        GU: "Guam",
        GT: "Guatemala",
        GN: "Guinea",
        GW: "Guinea Bissau",
        GY: "Guyana",
        HT: "Haití",
        HM: "Heard e Islas McDonald",
        VA: "Santa Sede",
        HN: "Honduras",
        HK: "Hong Kong",
        HU: "Hungría",
        IS: "Islandia",
        IN: "India",
        ID: "Indonesia",
        IR: ["Irán", "República Islámica de Irán"],
        IQ: "Iraq",
        IE: "Irlanda",
        IL: "Israel",
        IT: "Italia",
        JM: "Jamaica",
        JP: "Japón",
        JO: "Jordania",
        KZ: "Kazajistán",
        KE: "Kenia",
        KI: "Kiribati",
        KP: "República Popular Democrática de Corea",
        KR: "República de Corea",
        KW: "Kuwait",
        KG: "Kirguistán",
        LA: "República Democrática Popular de Lao",
        LV: "Letonia",
        LB: "Líbano",
        LS: "Lesoto",
        LR: "Liberia",
        LY: "Libia",
        LI: "Liechtenstein",
        LT: "Lituania",
        LU: "Luxemburgo",
        MO: "Macao",
        MK: "Macedonia del Norte",
        MG: "Madagascar",
        MW: "Malaui",
        MY: "Malasia",
        MV: "Maldivas",
        ML: "Malí",
        MT: "Malta",
        MH: "Islas Marshall",
        MQ: "Martinica",
        MR: "Mauritania",
        MU: "Mauricio",
        YT: "Mayotte",
        MX: "México",
        FM: "Micronesia",
        MD: "Moldavia",
        MC: "Mónaco",
        MN: "Mongolia",
        MS: "Montserrat",
        MA: "Marruecos",
        MZ: "Mozambique",
        MM: "Myanmar",
        NA: "Namibia",
        NR: "Nauru",
        NP: "Nepal",
        NL: "Países Bajos",
        NC: "Nueva Caledonia",
        NZ: "Nueva Zelanda",
        NI: "Nicaragua",
        NE: "Níger",
        NG: "Nigeria",
        NU: "Niue",
        NF: "Isla Norfolk",
        MP: "Islas Marianas del Norte",
        NO: "Noruega",
        OM: "Omán",
        PK: "Pakistán",
        PW: "Palau",
        PS: "Palestina",
        PA: "Panamá",
        PG: "Papua Nueva Guinea",
        PY: "Paraguay",
        PE: "Perú",
        PH: "Filipinas",
        PN: "Pitcairn",
        PL: "Polonia",
        PT: "Portugal",
        PR: "Puerto Rico",
        QA: "Catar",
        RE: "Reunión",
        RO: "Rumanía",
        RU: "Rusia",
        RW: "Ruanda",
        SH: "Santa Helena, Ascensión y Tristán de Acuña",
        KN: "Saint Kitts y Nevis",
        LC: "Santa Lucía",
        PM: "San Pedro y Miquelón",
        VC: "San Vicente y las Granadinas",
        WS: "Samoa",
        SM: "San Marino",
        ST: "Santo Tomé y Príncipe",
        SA: "Arabia Saudita",
        SN: "Senegal",
        SC: "Seychelles",
        SL: "Sierra Leona",
        SG: "Singapur",
        SK: "Eslovaquia",
        SI: "Eslovenia",
        SB: "Islas Salomón",
        SO: "Somalia",
        ZA: "Sudáfrica",
        GS: "Georgia del Sur y las Islas Sandwich del Sur",
        ES: "España",
        LK: "Sri Lanka",
        SD: "Sudán",
        SR: "Suriname",
        SJ: "Svalbard y Jan Mayen",
        SZ: "Esuatini",
        SE: "Suecia",
        CH: "Suiza",
        SY: "República Árabe Siria",
        TW: "Taiwán",
        TJ: "Tayikistán",
        TZ: "Tanzania",
        TH: "Tailandia",
        TL: "Timor-Leste",
        TG: "Togo",
        TK: "Tokelau",
        TO: "Tonga",
        TT: "Trinidad y Tobago",
        TN: "Túnez",
        TR: "Turquía",
        TM: "Turkmenistán",
        TC: "Islas Turcas y Caicos",
        TV: "Tuvalu",
        UG: "Uganda",
        UA: "Ucrania",
        AE: "Emiratos Árabes Unidos",
        GB: "Reino Unido",
        US: "Estados Unidos",
        UM: "Islas Ultramarinas Menores de los Estados Unidos",
        UY: "Uruguay",
        UZ: "Uzbekistán",
        VU: "Vanuatu",
        VE: "Venezuela",
        VN: "Vietnam",
        VG: "Islas Vírgenes británicas",
        VI: "Islas Vírgenes de los Estados Unidos",
        WF: "Wallis y Futuna",
        EH: "Sahara Occidental",
        YE: "Yemen",
        ZM: "Zambia",
        ZW: "Zimbabue",
        AX: "Islas Åland",
        BQ: "Bonaire, San Eustaquio y Saba",
        CW: "Curaçao",
        GG: "Guernsey",
        IM: "Isla de Man",
        JE: "Jersey",
        ME: "Montenegro",
        BL: "Saint Barthélemy",
        MF: "Saint Martin (francesa)",
        RS: "Serbia",
        SX: "Sint Maarten (neerlandesa)",
        SS: "Sudán del Sur",
        XK: "Kosovo"
      }
    };
  }
});

// node_modules/i18n-iso-countries/langs/it.json
var require_it = __commonJS({
  "node_modules/i18n-iso-countries/langs/it.json"(exports, module) {
    module.exports = {
      locale: "it",
      countries: {
        AD: "Andorra",
        AE: "Emirati Arabi Uniti",
        AF: "Afghanistan",
        AG: "Antigua e Barbuda",
        AI: "Anguilla",
        AL: "Albania",
        AM: "Armenia",
        AO: "Angola",
        AQ: "Antartide",
        AR: "Argentina",
        AS: "Samoa Americane",
        AT: "Austria",
        AU: "Australia",
        AW: "Aruba",
        AX: "Isole Åland",
        AZ: "Azerbaigian",
        BA: "Bosnia ed Erzegovina",
        BB: "Barbados",
        BD: "Bangladesh",
        BE: "Belgio",
        BF: "Burkina Faso",
        BG: "Bulgaria",
        BH: "Bahrain",
        BI: "Burundi",
        BJ: "Benin",
        BL: "Saint-Barthélemy",
        BM: "Bermuda",
        BN: "Brunei",
        BO: "Bolivia",
        BQ: "Isole BES",
        BR: "Brasile",
        BS: "Bahamas",
        BT: "Bhutan",
        BV: "Isola Bouvet",
        BW: "Botswana",
        BY: "Bielorussia",
        BZ: "Belize",
        CA: "Canada",
        CC: "Isole Cocos e Keeling",
        CD: "Repubblica Democratica del Congo",
        CF: "Repubblica Centrafricana",
        CG: "Repubblica del Congo",
        CH: "Svizzera",
        CI: "Costa d'Avorio",
        CK: "Isole Cook",
        CL: "Cile",
        CM: "Camerun",
        CN: "Cina",
        CO: "Colombia",
        CR: "Costa Rica",
        CU: "Cuba",
        CV: "Capo Verde",
        CW: "Curaçao",
        CX: "Isola del Natale",
        CY: "Cipro",
        CZ: "Repubblica Ceca",
        DE: "Germania",
        DJ: "Gibuti",
        DK: "Danimarca",
        DM: "Dominica",
        DO: "Repubblica Dominicana",
        DZ: "Algeria",
        EC: "Ecuador",
        EE: "Estonia",
        EG: "Egitto",
        EH: "Sahara Occidentale",
        ER: "Eritrea",
        ES: "Spagna",
        ET: "Etiopia",
        FI: "Finlandia",
        FJ: "Figi",
        FK: "Isole Falkland",
        FM: "Stati Federati di Micronesia",
        FO: "Isole Fær Øer",
        FR: "Francia",
        GA: "Gabon",
        GB: "Regno Unito",
        GD: "Grenada",
        GE: "Georgia",
        GF: "Guyana Francese",
        GG: "Guernsey",
        GH: "Ghana",
        GI: "Gibilterra",
        GL: "Groenlandia",
        GM: "Gambia",
        GN: "Guinea",
        GP: "Guadalupa",
        GQ: "Guinea Equatoriale",
        GR: "Grecia",
        GS: "Georgia del Sud e isole Sandwich meridionali",
        GT: "Guatemala",
        GU: "Guam",
        GW: "Guinea-Bissau",
        GY: "Guyana",
        HK: "Hong Kong",
        HM: "Isole Heard e McDonald",
        HN: "Honduras",
        HR: "Croazia",
        HT: "Haiti",
        HU: "Ungheria",
        ID: "Indonesia",
        IE: "Irlanda",
        IL: "Israele",
        IM: "Isola di Man",
        IN: "India",
        IO: "Territori Britannici dell'Oceano Indiano",
        IQ: "Iraq",
        IR: "Iran",
        IS: "Islanda",
        IT: "Italia",
        JE: "Jersey",
        JM: "Giamaica",
        JO: "Giordania",
        JP: "Giappone",
        KE: "Kenya",
        KG: "Kirghizistan",
        KH: "Cambogia",
        KI: "Kiribati",
        KM: "Comore",
        KN: "Saint Kitts e Nevis",
        KP: "Corea del Nord",
        KR: "Corea del Sud",
        KW: "Kuwait",
        KY: "Isole Cayman",
        KZ: "Kazakistan",
        LA: "Laos",
        LB: "Libano",
        LC: "Santa Lucia",
        LI: "Liechtenstein",
        LK: "Sri Lanka",
        LR: "Liberia",
        LS: "Lesotho",
        LT: "Lituania",
        LU: "Lussemburgo",
        LV: "Lettonia",
        LY: "Libia",
        MA: "Marocco",
        MC: "Monaco",
        MD: "Moldavia",
        ME: "Montenegro",
        MF: "Saint-Martin",
        MG: "Madagascar",
        MH: "Isole Marshall",
        MK: "Macedonia del Nord",
        ML: "Mali",
        MM: "Birmania  Myanmar",
        MN: "Mongolia",
        MO: "Macao",
        MP: "Isole Marianne Settentrionali",
        MQ: "Martinica",
        MR: "Mauritania",
        MS: "Montserrat",
        MT: "Malta",
        MU: "Mauritius",
        MV: "Maldive",
        MW: "Malawi",
        MX: "Messico",
        MY: "Malesia",
        MZ: "Mozambico",
        NA: "Namibia",
        NC: "Nuova Caledonia",
        NE: "Niger",
        NF: "Isola Norfolk",
        NG: "Nigeria",
        NI: "Nicaragua",
        NL: "Paesi Bassi",
        NO: "Norvegia",
        NP: "Nepal",
        NR: "Nauru",
        NU: "Niue",
        NZ: "Nuova Zelanda",
        OM: "Oman",
        PA: "Panamá",
        PE: "Perù",
        PF: "Polinesia Francese",
        PG: "Papua Nuova Guinea",
        PH: "Filippine",
        PK: "Pakistan",
        PL: "Polonia",
        PM: "Saint Pierre e Miquelon",
        PN: "Isole Pitcairn",
        PR: "Porto Rico",
        PS: "Stato di Palestina",
        PT: "Portogallo",
        PW: "Palau",
        PY: "Paraguay",
        QA: "Qatar",
        RE: "Réunion",
        RO: "Romania",
        RS: "Serbia",
        RU: "Russia",
        RW: "Ruanda",
        SA: "Arabia Saudita",
        SB: "Isole Salomone",
        SC: "Seychelles",
        SD: "Sudan",
        SE: "Svezia",
        SG: "Singapore",
        SH: "Sant'Elena, Isola di Ascensione e Tristan da Cunha",
        SI: "Slovenia",
        SJ: "Svalbard e Jan Mayen",
        SK: "Slovacchia",
        SL: "Sierra Leone",
        SM: "San Marino",
        SN: "Senegal",
        SO: "Somalia",
        SR: "Suriname",
        SS: "Sudan del Sud",
        ST: "São Tomé e Príncipe",
        SV: "El Salvador",
        SX: "Sint Maarten",
        SY: "Siria",
        SZ: "Eswatini",
        TC: "Isole Turks e Caicos",
        TD: "Ciad",
        TF: "Territori Francesi del Sud",
        TG: "Togo",
        TH: "Thailandia",
        TJ: "Tagikistan",
        TK: "Tokelau",
        TL: "Timor Est",
        TM: "Turkmenistan",
        TN: "Tunisia",
        TO: "Tonga",
        TR: "Turchia",
        TT: "Trinidad e Tobago",
        TV: "Tuvalu",
        TW: ["Repubblica di Cina", "Taiwan"],
        TZ: "Tanzania",
        UA: "Ucraina",
        UG: "Uganda",
        UM: "Isole minori esterne degli Stati Uniti",
        US: "Stati Uniti d'America",
        UY: "Uruguay",
        UZ: "Uzbekistan",
        VA: "Città del Vaticano",
        VC: "Saint Vincent e Grenadine",
        VE: "Venezuela",
        VG: "Isole Vergini Britanniche",
        VI: "Isole Vergini Americane",
        VN: "Vietnam",
        VU: "Vanuatu",
        WF: "Wallis e Futuna",
        WS: "Samoa",
        YE: "Yemen",
        YT: "Mayotte",
        ZA: "Sudafrica",
        ZM: "Zambia",
        ZW: "Zimbabwe",
        XK: "Kosovo"
      }
    };
  }
});

// packages/core/node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "packages/core/node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// packages/core/node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "packages/core/node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// packages/core/package.json
var require_package = __commonJS({
  "packages/core/package.json"(exports, module) {
    module.exports = {
      name: "@dpa-lint/core",
      version: "0.2.0",
      description: "dpa-lint engine: parse vendor setups, evaluate DPA policies compiled to WebAssembly, locate findings",
      license: "Apache-2.0",
      type: "module",
      main: "./dist/index.js",
      types: "./dist/index.d.ts",
      exports: {
        ".": {
          types: "./dist/index.d.ts",
          default: "./dist/index.js"
        },
        "./policy": {
          types: "./dist/policy/index.d.ts",
          default: "./dist/policy/index.js"
        },
        "./schemas/*": "./schemas/*",
        "./user-dirs": {
          types: "./dist/files/user-dirs.d.ts",
          default: "./dist/files/user-dirs.js"
        }
      },
      files: [
        "dist",
        "bundle",
        "policies",
        "schemas",
        "LICENSE"
      ],
      engines: {
        node: ">=20.10"
      },
      dependencies: {
        "@open-policy-agent/opa-wasm": "^1.10.0",
        "@tree-sitter-grammars/tree-sitter-hcl": "1.2.0",
        ajv: "^8.20.0",
        "ajv-formats": "^3.0.1",
        "i18n-iso-countries": "^7.14.0",
        picomatch: "^4.0.7",
        "web-tree-sitter": "0.25.10",
        yaml: "^2.9.1"
      },
      scripts: {
        prepack: "node ../../scripts/prepack.mjs",
        postpack: "node ../../scripts/prepack.mjs --clean"
      }
    };
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/builtins/json.js
var require_json = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/builtins/json.js"(exports, module) {
    function isValidJSON(str) {
      if (typeof str !== "string") {
        return;
      }
      try {
        JSON.parse(str);
        return true;
      } catch (err) {
        if (err instanceof SyntaxError) {
          return false;
        }
        throw err;
      }
    }
    module.exports = {
      "json.is_valid": isValidJSON
    };
  }
});

// no-opa-js-builtins:sprintf-js
var require_sprintf_js = __commonJS({
  "no-opa-js-builtins:sprintf-js"(exports, module) {
    var refuse = () => {
      throw new Error("sprintf-js is not bundled: the policies cannot use this built-in (policies/capabilities.json)");
    };
    module.exports = { parse: refuse, stringify: refuse, vsprintf: refuse, sprintf: refuse };
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/builtins/strings.js
var require_strings = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/builtins/strings.js"(exports, module) {
    var vsprintf = require_sprintf_js().vsprintf;
    var sprintf = (s, values) => vsprintf(s, values);
    module.exports = { sprintf };
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/builtins/regex.js
var require_regex = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/builtins/regex.js"(exports, module) {
    var regexSplit = (pattern, s) => s.split(RegExp(pattern));
    module.exports = { "regex.split": regexSplit };
  }
});

// no-opa-js-builtins:yaml
var require_yaml = __commonJS({
  "no-opa-js-builtins:yaml"(exports, module) {
    var refuse = () => {
      throw new Error("yaml is not bundled: the policies cannot use this built-in (policies/capabilities.json)");
    };
    module.exports = { parse: refuse, stringify: refuse, vsprintf: refuse, sprintf: refuse };
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/builtins/yaml.js
var require_yaml2 = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/builtins/yaml.js"(exports, module) {
    var yaml = require_yaml();
    var errors = /* @__PURE__ */ new Set([
      "YAMLReferenceError",
      "YAMLSemanticError",
      "YAMLSyntaxError",
      "YAMLWarning"
    ]);
    function parse(str) {
      if (typeof str !== "string") {
        return { ok: false, result: void 0 };
      }
      const YAML_SILENCE_WARNINGS_CACHED = global.YAML_SILENCE_WARNINGS;
      try {
        global.YAML_SILENCE_WARNINGS = true;
        return { ok: true, result: yaml.parse(str) };
      } catch (err) {
        if (err && errors.has(err.name)) {
          return { ok: false, result: void 0 };
        }
        throw err;
      } finally {
        global.YAML_SILENCE_WARNINGS = YAML_SILENCE_WARNINGS_CACHED;
      }
    }
    module.exports = {
      // is_valid is expected to return nothing if input is invalid otherwise
      // true/false for it being valid YAML.
      "yaml.is_valid": (str) => typeof str === "string" ? parse(str).ok : void 0,
      "yaml.marshal": (data) => yaml.stringify(data),
      "yaml.unmarshal": (str) => parse(str).result
    };
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/builtins/index.js
var require_builtins = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/builtins/index.js"(exports, module) {
    var json = require_json();
    var strings = require_strings();
    var regex = require_regex();
    var yaml = require_yaml2();
    module.exports = {
      ...json,
      ...strings,
      ...regex,
      ...yaml
    };
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/opa.js
var require_opa = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/opa.js"(exports, module) {
    var builtIns = require_builtins();
    function stringDecoder(mem) {
      return function(addr) {
        const i8 = new Int8Array(mem.buffer);
        let s = "";
        while (i8[addr] !== 0) {
          s += String.fromCharCode(i8[addr++]);
        }
        return s;
      };
    }
    function _loadJSON(wasmInstance, memory, value) {
      if (value === void 0) {
        return 0;
      }
      let valueBuf;
      if (value instanceof ArrayBuffer) {
        valueBuf = new Uint8Array(value);
      } else {
        const valueAsText = JSON.stringify(value);
        valueBuf = new TextEncoder().encode(valueAsText);
      }
      const valueBufLen = valueBuf.byteLength;
      const rawAddr = wasmInstance.exports.opa_malloc(valueBufLen);
      const memoryBuffer = new Uint8Array(memory.buffer);
      memoryBuffer.set(valueBuf, rawAddr);
      const parsedAddr = wasmInstance.exports.opa_json_parse(rawAddr, valueBufLen);
      if (parsedAddr === 0) {
        throw "failed to parse json value";
      }
      return parsedAddr;
    }
    function _dumpJSON(wasmInstance, memory, addr) {
      const rawAddr = wasmInstance.exports.opa_json_dump(addr);
      return _dumpJSONRaw(memory, rawAddr);
    }
    function _dumpJSONRaw(memory, addr) {
      const buf = new Uint8Array(memory.buffer);
      let idx = addr;
      while (buf[idx] !== 0) {
        idx++;
      }
      const utf8View = new Uint8Array(memory.buffer, addr, idx - addr);
      const jsonAsText = new TextDecoder().decode(utf8View);
      return JSON.parse(jsonAsText);
    }
    var builtinFuncs = builtIns;
    function _builtinCall(wasmInstance, memory, builtins, customBuiltins, builtinId) {
      const builtInName = builtins[builtinId];
      const impl = builtinFuncs[builtInName] || customBuiltins[builtInName];
      if (impl === void 0) {
        throw {
          message: "not implemented: built-in function " + builtinId + ": " + builtins[builtinId]
        };
      }
      const argArray = Array.prototype.slice.apply(arguments);
      const args = [];
      for (let i = 5; i < argArray.length; i++) {
        const jsArg = _dumpJSON(wasmInstance, memory, argArray[i]);
        args.push(jsArg);
      }
      const result = impl(...args);
      return _loadJSON(wasmInstance, memory, result);
    }
    function _importObject(env, memory, customBuiltins) {
      const addr2string = stringDecoder(memory);
      return {
        env: {
          memory,
          opa_abort: function(addr) {
            throw addr2string(addr);
          },
          opa_println: function(addr) {
            console.log(addr2string(addr));
          },
          opa_builtin0: function(builtinId, _ctx) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId
            );
          },
          opa_builtin1: function(builtinId, _ctx, arg1) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId,
              arg1
            );
          },
          opa_builtin2: function(builtinId, _ctx, arg1, arg2) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId,
              arg1,
              arg2
            );
          },
          opa_builtin3: function(builtinId, _ctx, arg1, arg2, arg3) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId,
              arg1,
              arg2,
              arg3
            );
          },
          opa_builtin4: function(builtinId, _ctx, arg1, arg2, arg3, arg4) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId,
              arg1,
              arg2,
              arg3,
              arg4
            );
          }
        }
      };
    }
    function _preparePolicy(env, wasm, memory) {
      env.instance = wasm.instance ? wasm.instance : wasm;
      const abiVersionGlobal = env.instance.exports.opa_wasm_abi_version;
      if (abiVersionGlobal !== void 0) {
        const abiVersion = typeof abiVersionGlobal === "number" ? abiVersionGlobal : abiVersionGlobal.value;
        if (abiVersion !== 1) {
          throw `unsupported ABI version ${abiVersion}`;
        }
      } else {
        console.error("opa_wasm_abi_version undefined");
      }
      const abiMinorVersionGlobal = env.instance.exports.opa_wasm_abi_minor_version;
      let abiMinorVersion;
      if (abiMinorVersionGlobal !== void 0) {
        abiMinorVersion = typeof abiMinorVersionGlobal === "number" ? abiMinorVersionGlobal : abiMinorVersionGlobal.value;
      } else {
        console.error("opa_wasm_abi_minor_version undefined");
      }
      const builtins = _dumpJSON(
        env.instance,
        memory,
        env.instance.exports.builtins()
      );
      env.builtins = {};
      for (const key of Object.keys(builtins)) {
        env.builtins[builtins[key]] = key;
      }
      return { policy: wasm, minorVersion: abiMinorVersion };
    }
    async function _loadPolicy(policyWasm, memory, customBuiltins) {
      const env = {};
      const isStreaming = policyWasm instanceof Response || policyWasm instanceof Promise;
      const importObject = _importObject(env, memory, customBuiltins);
      const wasm = await (isStreaming ? WebAssembly.instantiateStreaming(policyWasm, importObject) : WebAssembly.instantiate(policyWasm, importObject));
      return _preparePolicy(env, wasm, memory);
    }
    function _loadPolicySync(policyWasm, memory, customBuiltins) {
      const env = {};
      if (policyWasm instanceof ArrayBuffer || policyWasm.buffer instanceof ArrayBuffer) {
        policyWasm = new WebAssembly.Module(policyWasm);
      }
      const wasm = new WebAssembly.Instance(
        policyWasm,
        _importObject(env, memory, customBuiltins)
      );
      return _preparePolicy(env, wasm, memory);
    }
    var LoadedPolicy = class {
      /**
       * Loads and initializes a compiled Rego policy.
       * @param {WebAssembly.WebAssemblyInstantiatedSource} policy
       * @param {WebAssembly.Memory} memory
       */
      constructor(policy, memory, minorVersion) {
        this.minorVersion = minorVersion;
        this.mem = memory;
        this.wasmInstance = policy.instance ? policy.instance : policy;
        this.dataAddr = _loadJSON(this.wasmInstance, this.mem, {});
        this.baseHeapPtr = this.wasmInstance.exports.opa_heap_ptr_get();
        this.dataHeapPtr = this.baseHeapPtr;
        this.entrypoints = _dumpJSON(
          this.wasmInstance,
          this.mem,
          this.wasmInstance.exports.entrypoints()
        );
      }
      /**
       * Evaluates the loaded policy with the given input and
       * return the result set. This should be re-used for multiple evaluations
       * of the same policy with different inputs.
       *
       * To call a non-default entrypoint in your WASM specify it as the second
       * param. A list of entrypoints can be accessed with the `this.entrypoints`
       * property.
       * @param {any | ArrayBuffer} input input to be evaluated in form of `object`, literal primitive or ArrayBuffer (last is assumed to be a well-formed stringified JSON)
       * @param {number | string} entrypoint ID or name of the entrypoint to call (optional)
       */
      evaluate(input, entrypoint = 0) {
        if (typeof entrypoint === "number") {
        } else if (typeof entrypoint === "string") {
          if (Object.prototype.hasOwnProperty.call(this.entrypoints, entrypoint)) {
            entrypoint = this.entrypoints[entrypoint];
          } else {
            throw `entrypoint ${entrypoint} is not valid in this instance`;
          }
        } else {
          throw `entrypoint value is an invalid type, must be either string or number`;
        }
        if (this.minorVersion >= 2) {
          let inputBuf = null;
          let inputLen = 0;
          let inputAddr2 = 0;
          if (input) {
            if (input instanceof ArrayBuffer) {
              inputBuf = new Uint8Array(input);
            } else {
              const inputAsText = JSON.stringify(input);
              inputBuf = new TextEncoder().encode(inputAsText);
            }
            inputAddr2 = this.dataHeapPtr;
            inputLen = inputBuf.byteLength;
            const delta = inputAddr2 + inputLen - this.mem.buffer.byteLength;
            if (delta > 0) {
              const pages = roundup(delta);
              this.mem.grow(pages);
            }
            const buf = new Uint8Array(this.mem.buffer);
            buf.set(inputBuf, this.dataHeapPtr);
          }
          const heapPtr = this.dataHeapPtr + inputLen;
          const ret = this.wasmInstance.exports.opa_eval(
            0,
            entrypoint,
            this.dataAddr,
            inputAddr2,
            inputLen,
            heapPtr,
            0
          );
          return _dumpJSONRaw(this.mem, ret);
        }
        this.wasmInstance.exports.opa_heap_ptr_set(this.dataHeapPtr);
        const inputAddr = _loadJSON(this.wasmInstance, this.mem, input);
        const ctxAddr = this.wasmInstance.exports.opa_eval_ctx_new();
        this.wasmInstance.exports.opa_eval_ctx_set_input(ctxAddr, inputAddr);
        this.wasmInstance.exports.opa_eval_ctx_set_data(ctxAddr, this.dataAddr);
        this.wasmInstance.exports.opa_eval_ctx_set_entrypoint(ctxAddr, entrypoint);
        this.wasmInstance.exports.eval(ctxAddr);
        const resultAddr = this.wasmInstance.exports.opa_eval_ctx_get_result(
          ctxAddr
        );
        return _dumpJSON(this.wasmInstance, this.mem, resultAddr);
      }
      /**
       * evalBool will evaluate the policy and return a boolean answer
       * depending on the return code from the policy evaluation.
       * @deprecated Use `evaluate` instead.
       * @param {object} input
       */
      evalBool(input) {
        const rs = this.evaluate(input);
        return rs && rs.length === 1 && rs[0] === true;
      }
      /**
       * Loads data for use in subsequent evaluations.
       * @param {object | ArrayBuffer} data  data in form of `object` or ArrayBuffer (last is assumed to be a well-formed stringified JSON)
       */
      setData(data) {
        this.wasmInstance.exports.opa_heap_ptr_set(this.baseHeapPtr);
        this.dataAddr = _loadJSON(this.wasmInstance, this.mem, data);
        this.dataHeapPtr = this.wasmInstance.exports.opa_heap_ptr_get();
      }
    };
    function roundup(bytes) {
      const pageSize = 64 * 1024;
      return Math.ceil(bytes / pageSize);
    }
    module.exports = {
      /**
       * Takes in either an ArrayBuffer or WebAssembly.Module
       * and will return a Promise of a LoadedPolicy object which
       * can be used to evaluate the policy.
       *
       * To set custom memory size specify number of memory pages
       * as second param.
       * Defaults to 5 pages (320KB).
       * @param {BufferSource | WebAssembly.Module | Response | Promise<Response>} regoWasm
       * @param {number | WebAssembly.MemoryDescriptor} memoryDescriptor For backwards-compatibility, a 'number' argument is taken to be the initial memory size.
       * @param {{ [builtinName: string]: Function }} customBuiltins A map from string names to builtin functions
       * @returns {Promise<LoadedPolicy>}
       */
      async loadPolicy(regoWasm, memoryDescriptor = {}, customBuiltins = {}) {
        if (typeof memoryDescriptor === "number") {
          memoryDescriptor = { initial: memoryDescriptor };
        }
        memoryDescriptor.initial = memoryDescriptor.initial || 5;
        const memory = new WebAssembly.Memory(memoryDescriptor);
        const { policy, minorVersion } = await _loadPolicy(
          regoWasm,
          memory,
          customBuiltins
        );
        return new LoadedPolicy(policy, memory, minorVersion);
      },
      /**
       * Takes in either an ArrayBuffer or WebAssembly.Module
       * and will return a LoadedPolicy object which can be
       * used to evaluate the policy.
       *
       * This cannot be used from the main thread in a browser.
       * You must use the `loadPolicy` function instead, or call
       * from a worker thread.
       *
       * To set custom memory size specify number of memory pages
       * as second param.
       * Defaults to 5 pages (320KB).
       * @param {BufferSource | WebAssembly.Module} regoWasm
       * @param {number | WebAssembly.MemoryDescriptor} memoryDescriptor For backwards-compatibility, a 'number' argument is taken to be the initial memory size.
       * @param {{ [builtinName: string]: Function }} customBuiltins A map from string names to builtin functions
       * @returns {LoadedPolicy}
       */
      loadPolicySync(regoWasm, memoryDescriptor = {}, customBuiltins = {}) {
        if (typeof memoryDescriptor === "number") {
          memoryDescriptor = { initial: memoryDescriptor };
        }
        memoryDescriptor.initial = memoryDescriptor.initial || 5;
        const memory = new WebAssembly.Memory(memoryDescriptor);
        const { policy, minorVersion } = _loadPolicySync(
          regoWasm,
          memory,
          customBuiltins
        );
        return new LoadedPolicy(policy, memory, minorVersion);
      },
      LoadedPolicy
    };
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/index.cjs
var require_src = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/index.cjs"(exports, module) {
    module.exports = require_opa();
  }
});

// packages/core/node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "packages/core/node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// packages/core/node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "packages/core/node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// packages/core/node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "packages/core/node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// packages/core/node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "packages/core/node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants3 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants3;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants3.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants3.globChars(opts.windows);
      const EXTGLOB_CHARS = constants3.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants3.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// packages/core/node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "packages/core/node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants3 = require_constants();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch3 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch3(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch3.compileRe(glob, options) : picomatch3.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch3.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch3.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch3.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch3.isMatch = (str, patterns, options) => picomatch3(patterns, options)(str);
    picomatch3.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch3.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch3.scan = (input, options) => scan(input, options);
    picomatch3.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch3.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch3.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch3.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch3.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch3.constants = constants3;
    module.exports = picomatch3;
  }
});

// packages/core/node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "packages/core/node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch3(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch3, pico);
    module.exports = picomatch3;
  }
});

// packages/core/src/builtins.ts
var childProcess = () => __require("node:child_process");
var crypto = () => __require("node:crypto");
var os = () => __require("node:os");
var workerThreads = () => __require("node:worker_threads");
var zlib = () => __require("node:zlib");

// packages/core/src/errors.ts
var DpaLintError = class extends Error {
  /** The file the problem is in, when there is one. */
  file;
  /** The field (dotted path) or rule the problem is about, when there is one. */
  field;
  constructor(message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = new.target.name;
    this.file = options.file;
    this.field = options.field;
  }
  /** The one-line form the CLI prints: `file: field: message`. */
  oneLine() {
    return [this.file, this.field, this.message].filter((p) => p !== void 0 && p !== "").join(": ");
  }
};
var ConfigError = class extends DpaLintError {
  /** Where in the file each problem is (1-based), when the file was read: an editor marks them. */
  problems;
  constructor(message, options = {}) {
    super(message, options);
    this.problems = options.problems ?? [];
  }
};
var PolicyError = class extends DpaLintError {
};
var InputError = class extends DpaLintError {
};
function describeThrown(thrown) {
  if (thrown instanceof Error) return thrown.message;
  if (typeof thrown === "string") return thrown;
  if (typeof thrown === "object" && thrown !== null && "message" in thrown) return String(thrown.message);
  return String(thrown);
}

// packages/core/src/lint.ts
import { relative as relative4, resolve as resolve5 } from "node:path";

// packages/core/src/config/config.ts
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import { dirname as dirname2, join as join2, relative, resolve as resolve2 } from "node:path";

// packages/core/src/document/parse.ts
var import_yaml4 = __toESM(require_dist(), 1);

// packages/core/src/document/cst-scan.ts
var COLLECTIONS = /* @__PURE__ */ new Set(["block-map", "block-seq", "flow-collection"]);
var LEAVES = /* @__PURE__ */ new Set([
  "byte-order-mark",
  "doc-mode",
  "doc-start",
  "space",
  "newline",
  "directive-line",
  "anchor",
  "tag",
  "seq-item-ind",
  "explicit-key-ind",
  "map-value-ind",
  "flow-map-start",
  "flow-map-end",
  "flow-seq-start",
  "flow-seq-end",
  "flow-error-end",
  "comma",
  "block-scalar-header"
]);
var VALUES = /* @__PURE__ */ new Set([...COLLECTIONS, "scalar", "single-quoted-scalar", "double-quoted-scalar", "block-scalar", "alias"]);
function scanCst(tokens, maxDepth) {
  const scan = { depth: 0, comments: [], documents: [] };
  const values = [];
  const depths = [];
  const docs = [];
  const inKeys = [];
  const push = (value, depth, doc, inKey) => {
    values.push(value);
    depths.push(depth);
    docs.push(doc);
    inKeys.push(inKey);
  };
  for (const t of tokens) {
    if (t.type === "document") {
      push(t, 0, scan.documents.length, false);
      scan.documents.push({ token: t, values: 0 });
    } else push(t, 0, -1, false);
  }
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop();
    const doc = docs.pop();
    const inKey = inKeys.pop();
    if (value === null || typeof value !== "object") continue;
    if (Array.isArray(value)) {
      for (const item of value) push(item, depth, doc, inKey);
      continue;
    }
    const token = value;
    const type = token.type;
    if (type === "comment") {
      if (typeof token.offset === "number" && typeof token.source === "string")
        scan.comments.push({ offset: token.offset, source: token.source });
      continue;
    }
    if (typeof type === "string" && LEAVES.has(type) && typeof token.source === "string") continue;
    let here2 = depth;
    if (typeof type === "string") {
      if (COLLECTIONS.has(type)) {
        here2 = depth + 1;
        if (here2 > scan.depth) scan.depth = here2;
        if (here2 > maxDepth && (scan.tooDeepAt === void 0 || typeof token.offset === "number" && token.offset < scan.tooDeepAt))
          scan.tooDeepAt = typeof token.offset === "number" ? token.offset : 0;
      }
      const counted = doc >= 0 ? scan.documents[doc] : void 0;
      if (counted && !inKey && VALUES.has(type)) counted.values++;
    }
    for (const key in token) {
      const child2 = token[key];
      if (key !== "source" && child2 !== null && typeof child2 === "object") push(child2, here2, doc, inKey || key === "key");
    }
  }
  scan.comments.sort((a, b) => a.offset - b.offset);
  return scan;
}

// packages/core/src/document/locate.ts
var import_yaml = __toESM(require_dist(), 1);
function locate(doc, path) {
  const root = doc.contents;
  const docStart = root?.range?.[0] ?? doc.range[0];
  let here2 = { valueRange: rangeOf(root) ?? [docStart, docStart + 1], depth: 0 };
  let node = root;
  let pinned = false;
  for (const segment of path) {
    if ((0, import_yaml.isAlias)(node)) {
      node = node.resolve(doc);
      pinned = true;
    }
    const next = child(doc, node, segment);
    if (!next) break;
    if (next.viaMerge) pinned = true;
    if (!pinned) {
      here2 = {
        valueRange: rangeOf(next.value) ?? rangeOf(next.pair?.key) ?? here2.valueRange,
        ...next.pair?.key ? { keyRange: rangeOf(next.pair.key) } : {},
        depth: here2.depth + 1
      };
    } else if (next.viaMerge && next.mergePair) {
      here2 = {
        valueRange: rangeOf(next.mergePair.value) ?? here2.valueRange,
        ...next.mergePair.key ? { keyRange: rangeOf(next.mergePair.key) } : {},
        depth: here2.depth + 1
      };
    } else {
      here2 = { ...here2, depth: here2.depth + 1 };
    }
    if ((0, import_yaml.isAlias)(next.value) && !pinned) {
      pinned = true;
    }
    node = next.value;
  }
  return here2;
}
function child(doc, node, segment) {
  if ((0, import_yaml.isSeq)(node) && typeof segment === "number") {
    const item = node.items[segment];
    return item === void 0 ? void 0 : { value: item };
  }
  if (!(0, import_yaml.isMap)(node)) return void 0;
  for (const item of node.items) {
    if ((0, import_yaml.isPair)(item) && keyMatches(item.key, segment)) return { value: item.value, pair: item };
  }
  for (const item of node.items) {
    if (!(0, import_yaml.isPair)(item) || !isMergeKey(item.key)) continue;
    for (const source of mergeSources(doc, item.value)) {
      const found = child(doc, source, segment);
      if (found) return { value: found.value, viaMerge: true, mergePair: item };
    }
  }
  return void 0;
}
function mergeSources(doc, value) {
  const resolve6 = (v) => (0, import_yaml.isAlias)(v) ? v.resolve(doc) : v;
  if ((0, import_yaml.isSeq)(value)) return value.items.map(resolve6);
  return [resolve6(value)];
}
function isMergeKey(key) {
  return (0, import_yaml.isScalar)(key) && (key.value === "<<" || typeof key.value === "symbol" && key.value.description === "<<");
}
function keyMatches(key, segment) {
  if (!(0, import_yaml.isScalar)(key)) return false;
  const k = key.value;
  return typeof k === "string" || typeof k === "number" || typeof k === "boolean" ? String(k) === String(segment) : false;
}
function rangeOf(node) {
  const range = node?.range;
  return range ? [range[0], range[1]] : void 0;
}
function positionOf(doc, lines, path, atKey = false) {
  const found = locate(doc, path);
  const complete = found.depth === path.length;
  if (complete) {
    const [start2, end2] = atKey && found.keyRange ? found.keyRange : found.valueRange;
    return lines.position(start2, end2);
  }
  const [start, end] = found.keyRange ?? found.valueRange;
  const pos = lines.position(start, end);
  if (pos.endLine === pos.line) return pos;
  const nextLineStart = lines.lineStarts[pos.line] ?? end;
  return lines.position(start, Math.max(start + 1, nextLineStart - 1));
}

// packages/core/src/document/path-at.ts
var import_yaml2 = __toESM(require_dist(), 1);
function pathAt(doc, offset) {
  const path = [];
  let node = doc.contents;
  for (; ; ) {
    if ((0, import_yaml2.isMap)(node)) {
      const pair = node.items.find((p) => {
        const keyRange2 = p.key?.range;
        const start = keyRange2?.[0] ?? Number.POSITIVE_INFINITY;
        const end = p.value?.range?.[1] ?? keyRange2?.[2] ?? start;
        return offset >= start && offset <= end;
      });
      if (!pair || !(0, import_yaml2.isPair)(pair) || !(0, import_yaml2.isScalar)(pair.key)) return { path, onKey: false };
      path.push(String(pair.key.value));
      const keyRange = pair.key.range;
      if (keyRange && offset <= keyRange[1])
        return { path, onKey: true, scalar: { value: pair.key.value, range: [keyRange[0], keyRange[1]] } };
      node = pair.value;
      if (!node || !node.range || offset < node.range[0]) return { path, onKey: false };
      continue;
    }
    if ((0, import_yaml2.isSeq)(node)) {
      const index = node.items.findIndex((item) => {
        const r = item?.range;
        return r !== void 0 && r !== null && offset >= r[0] && offset <= r[2];
      });
      if (index < 0) return { path, onKey: false };
      path.push(index);
      node = node.items[index];
      continue;
    }
    if ((0, import_yaml2.isScalar)(node) && node.range) return { path, onKey: false, scalar: { value: node.value, range: [node.range[0], node.range[1]] } };
    return { path, onKey: false };
  }
}

// packages/core/src/document/source-lines.ts
var SourceLines = class {
  constructor(text) {
    this.text = text;
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.lineStarts.push(i + 1);
  }
  text;
  /** The offset each line starts at; `lineStarts[0]` is 0. */
  lineStarts = [0];
  get length() {
    return this.text.length;
  }
  /** The 1-based line and column of an offset (binary search over the line starts). */
  linePos(offset) {
    let low = 0;
    let high = this.lineStarts.length;
    while (low < high) {
      const mid = low + high >> 1;
      if (offset < this.lineStarts[mid]) high = mid;
      else low = mid + 1;
    }
    const line = Math.max(1, low);
    return { line, col: offset - (this.lineStarts[line - 1] ?? 0) + 1 };
  }
  /** The 1-based lines, first and last, that the text from `start` up to `end` spans. */
  lineSpan(start, end) {
    return [this.linePos(start).line, this.linePos(Math.max(start, end - 1)).line];
  }
  /** The offset just after the last character of the 1-based line `line` (before "\n" or "\r\n"). */
  lineEnd(line) {
    const next = this.lineStarts[line];
    const end = next === void 0 ? this.text.length : next - 1;
    return end >= 1 && this.text[end - 1] === "\r" ? end - 1 : end;
  }
  /**
   * The position of a [start, end) offset range (1-based, end exclusive), clamped to the file: the
   * start is never past the end of its line's text and the end never past the end of the file,
   * whatever range the parser reported.
   */
  position(start, end) {
    const from = Math.max(0, Math.min(start, this.length));
    const to = Math.max(from, Math.min(end, this.length));
    const s = this.linePos(from);
    const e = this.linePos(to);
    const lastColumn = (line) => this.lineEnd(line) - (this.lineStarts[line - 1] ?? 0) + 1;
    const startColumn = Math.min(s.col, lastColumn(s.line));
    const endColumn = Math.min(e.line === s.line ? Math.max(startColumn, e.col) : e.col, lastColumn(e.line));
    return { line: s.line, column: startColumn, endLine: e.line, endColumn };
  }
  /**
   * From an offset to the end of its line's text, on that line: where a line-level finding is
   * underlined (an HCL attribute and its value, `region = "us-east-1"`).
   */
  restOfLine(offset) {
    const { line, col } = this.linePos(offset);
    const endColumn = Math.max(col + 1, this.lineEnd(line) - (this.lineStarts[line - 1] ?? 0) + 1);
    return { line, column: col, endLine: line, endColumn };
  }
};

// packages/core/src/document/to-plain.ts
var import_yaml3 = __toESM(require_dist(), 1);
function toPlain(doc, maxExpanded) {
  return new Converter(maxExpanded).run(doc);
}
var AliasBomb = class extends Error {
};
var Converter = class {
  constructor(maxExpanded) {
    this.maxExpanded = maxExpanded;
  }
  maxExpanded;
  problems = [];
  anchors = /* @__PURE__ */ new Map();
  /** Values in the expanded document beyond those written out in the text. */
  extra = 0;
  run(doc) {
    try {
      const { value, weight } = this.node(doc.contents);
      return { value, values: weight, problems: this.problems };
    } catch (error) {
      if (!(error instanceof AliasBomb)) throw error;
      return { value: void 0, values: 0, problems: this.problems };
    }
  }
  /** Returns the value and its weight (values it stands for, aliases expanded). */
  node(node) {
    if (node === null || node === void 0) return { value: null, weight: 1 };
    if ((0, import_yaml3.isAlias)(node)) return this.alias(node);
    const anchor = node.anchor;
    const record = anchor ? { done: false, value: void 0, weight: 1 } : void 0;
    if (anchor && record) this.anchors.set(anchor, record);
    const result = (0, import_yaml3.isMap)(node) ? this.map(node) : (0, import_yaml3.isSeq)(node) ? this.seq(node) : { value: (0, import_yaml3.isScalar)(node) ? scalarValue(node.value) : null, weight: 1 };
    if (record) {
      record.done = true;
      record.value = result.value;
      record.weight = result.weight;
    }
    return result;
  }
  alias(node) {
    const target = this.anchors.get(node.source);
    const range = rangeOf2(node);
    if (!target) {
      this.problems.push({ message: `unknown alias *${node.source}: no anchor &${node.source} before it in this document`, range });
      return { value: null, weight: 1 };
    }
    if (!target.done) {
      this.problems.push({ message: `alias *${node.source} is inside the node it refers to (a cycle)`, range });
      return { value: null, weight: 1 };
    }
    this.extra += target.weight;
    if (this.extra > this.maxExpanded) {
      this.problems.push({ message: `aliases expand to more than ${this.maxExpanded} values (possible alias bomb)`, range });
      throw new AliasBomb();
    }
    return { value: target.value, weight: target.weight };
  }
  seq(node) {
    const out = [];
    let weight = 1;
    for (const item of node.items) {
      const child2 = (0, import_yaml3.isPair)(item) ? this.map({ items: [item] }) : this.node(item);
      out.push(child2.value);
      weight += child2.weight;
    }
    return { value: out, weight };
  }
  map(node) {
    const out = {};
    const explicit = /* @__PURE__ */ new Set();
    let weight = 1;
    for (const item of node.items) {
      if (!(0, import_yaml3.isPair)(item)) continue;
      if (isMergeKey2(item.key)) {
        const merged = this.node(item.value);
        weight += merged.weight;
        this.mergeInto(out, merged.value, item.value);
        continue;
      }
      const key = keyString(this.node(item.key).value);
      if (explicit.has(key)) {
        this.problems.push({ message: `duplicate key "${key}": a key may appear once in a mapping`, range: rangeOf2(item.key) });
        continue;
      }
      explicit.add(key);
      const child2 = this.node(item.value);
      weight += child2.weight;
      setOwn(out, key, child2.value);
    }
    return { value: out, weight };
  }
  /**
   * Copies the merged keys not set yet: an explicit key before the merge keeps its value, one after
   * it overrides (it is set unconditionally), and earlier merge sources win over later ones.
   */
  mergeInto(out, merged, source) {
    const sources = Array.isArray(merged) ? merged : [merged];
    for (const s of sources) {
      if (s === null || typeof s !== "object" || Array.isArray(s)) {
        this.problems.push({ message: "a merge key (<<) takes a mapping or a list of mappings", range: rangeOf2(source) });
        return;
      }
      for (const [k, v] of Object.entries(s))
        if (!Object.prototype.hasOwnProperty.call(out, k)) setOwn(out, k, v);
    }
  }
};
function setOwn(target, key, value) {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
function scalarValue(value) {
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "symbol") return value.description ?? "";
  return typeof value === "bigint" ? value.toString() : JSON.stringify(value);
}
function keyString(key) {
  if (key === null || key === void 0) return "";
  if (typeof key === "string" || typeof key === "number" || typeof key === "boolean") return String(key);
  return JSON.stringify(key) ?? "";
}
function isMergeKey2(key) {
  if (!(0, import_yaml3.isScalar)(key) || key.type !== void 0 && key.type !== "PLAIN") return false;
  return key.value === "<<" || typeof key.value === "symbol" && key.value.description === "<<";
}
function rangeOf2(node) {
  const range = node?.range;
  return range ? [range[0], Math.max(range[1], range[0] + 1)] : [0, 1];
}

// packages/core/src/thousands.ts
function thousands(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

// packages/core/src/document/parse.ts
var PARSE_LIMITS = {
  /** Larger files are rejected before they are read: no vendor setup comes near this. */
  maxBytes: 2 * 1024 * 1024,
  /** Values aliases may add to a document beyond those written out: stops billion-laughs. */
  maxAliasExpansion: 1e5,
  /** Deeper nesting is rejected before composing: the format is at most five levels deep. */
  maxDepth: 64,
  /**
   * Values (aliases expanded) the policies evaluate in one document and in one file. Policy
   * evaluation in Wasm costs up to ~0.4 ms a value and grows faster than the document (4,000
   * sub-processors took 33 s), so larger documents get a finding instead of an evaluation. A real
   * vendor setup holds 50 to 500 values.
   */
  maxValuesPerDocument: 2e3,
  maxValuesPerFile: 5e3,
  /**
   * Commas and line breaks a file may hold before it is parsed: every value after the first needs
   * one, so a file with ten times the file's value budget cannot be evaluated anyway, and yaml's
   * lexer alone takes about a second on 150,000 flow items. Counting is one pass over the text.
   */
  maxSeparators: 5e4
};
var YamlPart = class {
  constructor(index, node, value, values, lines) {
    this.index = index;
    this.node = node;
    this.value = value;
    this.values = values;
    this.lines = lines;
    this.range = [node.range[0], node.range[2]];
  }
  index;
  node;
  value;
  values;
  lines;
  range;
  locate(path) {
    return locate(this.node, path);
  }
  position(path, atKey = false) {
    return positionOf(this.node, this.lines, path, atKey);
  }
  pathAt(offset) {
    return pathAt(this.node, offset);
  }
};
var BOM = "\uFEFF";
function parseYamlText(file, rawText, options = {}) {
  const text = rawText.startsWith(BOM) ? rawText.slice(1) : rawText;
  const lines = new SourceLines(text);
  const result = {
    file,
    lines,
    documents: [],
    problems: [],
    comments: [],
    unevaluated: [],
    get findings() {
      return this.problems;
    },
    get lineCounter() {
      return this.lines;
    }
  };
  const fail = (message, start = 0, end = start + 1) => {
    result.problems.push(parseError(file, lines, message, start, end));
    return result;
  };
  if (Buffer.byteLength(text, "utf8") > PARSE_LIMITS.maxBytes) return fail(tooLargeMessage());
  if (separatorsOver(text, PARSE_LIMITS.maxSeparators)) return fail(tooManySeparatorsMessage());
  const nul = text.indexOf("\0");
  if (nul >= 0) return fail("file is binary (it contains a NUL byte), not YAML or JSON", nul);
  const tokens = Array.from(new import_yaml4.Parser().parse(text));
  const scan = scanCst(tokens, PARSE_LIMITS.maxDepth);
  result.comments = scan.comments;
  if (scan.tooDeepAt !== void 0) return fail(`nesting deeper than ${PARSE_LIMITS.maxDepth} levels`, scan.tooDeepAt);
  const oversized = options.budget ? skipOversized(scan.documents, text.length) : /* @__PURE__ */ new Map();
  for (const { start, end, values } of oversized.values()) {
    result.problems.push(parseError(file, lines, overBudgetMessage(values, true), start, start + 1));
    result.unevaluated.push(lines.lineSpan(start, end));
  }
  const composer = new import_yaml4.Composer({ merge: true, prettyErrors: false, uniqueKeys: false, schema: "core", logLevel: "error" });
  const docs = [];
  for (const doc of composer.compose(tokens, false, text.length)) docs.push(doc);
  docs.forEach((node, index) => {
    if (oversized.has(node.range[0])) return;
    const first = node.errors.reduce(
      (a, e) => a === void 0 || e.pos[0] < a.pos[0] ? e : a,
      void 0
    );
    if (first) {
      result.problems.push(parseError(file, lines, firstLine(first.message), first.pos[0], first.pos[1]));
      return;
    }
    const plain = toPlain(node, PARSE_LIMITS.maxAliasExpansion);
    if (plain.problems.length > 0) {
      for (const p of plain.problems) result.problems.push(parseError(file, lines, p.message, ...p.range));
      return;
    }
    result.documents.push(new YamlPart(index, node, plain.value, plain.values, lines));
  });
  return result;
}
function skipOversized(documents, textEnd) {
  const skipped = /* @__PURE__ */ new Map();
  documents.forEach(({ token, values }, i) => {
    if (values <= PARSE_LIMITS.maxValuesPerDocument || !token.value) return;
    const end = documents[i + 1]?.token.offset ?? textEnd;
    skipped.set(token.offset, { start: token.value.offset, end, values });
    token.value = { type: "scalar", offset: token.value.offset, indent: 0, source: "" };
  });
  return skipped;
}
function overBudgetMessage(values, atLeast = false) {
  const { maxValuesPerDocument: perDoc, maxValuesPerFile: perFile } = PARSE_LIMITS;
  const limit = `dpa-lint evaluates at most ${thousands(perDoc)} values a document and ${thousands(perFile)} a file`;
  return `this document holds ${atLeast ? "at least " : ""}${thousands(values)} values and is not evaluated: ${limit}; split it into several vendor files`;
}
function tooLargeMessage() {
  return `file is larger than ${PARSE_LIMITS.maxBytes / (1024 * 1024)} MiB; a vendor setup is never this big`;
}
function parseError(file, lines, message, start, end) {
  return {
    file,
    ruleId: "parse-error",
    severity: "error",
    message,
    path: [],
    ...lines.position(start, Math.max(end, start + 1))
  };
}
function firstLine(message) {
  return (message.split("\n")[0] ?? message).replace(/:$/, "").trim();
}
function separatorsOver(text, limit) {
  if (text.length <= limit) return false;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 44 || c === 10) && ++count > limit) return true;
  }
  return false;
}
function tooManySeparatorsMessage() {
  const { maxSeparators, maxValuesPerFile } = PARSE_LIMITS;
  return `file holds more than ${thousands(maxSeparators)} commas and line breaks, so more values than the ${thousands(maxValuesPerFile)} dpa-lint evaluates a file; split it into several vendor files`;
}

// packages/core/src/files/npm-pack.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
var NPM_PREFIX = "npm:";
function isNpmPack(entry) {
  return entry.startsWith(NPM_PREFIX);
}
function parseNpmPack(entry, option) {
  const m = /^npm:((?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*)(?:@(sha256:[0-9a-f]{64}))?$/.exec(entry);
  if (!m) throw new InputError(`"${entry}" is not an npm pack: npm:<package> or npm:<package>@sha256:<digest>`, { field: option });
  return { name: m[1], ...m[2] ? { digest: m[2] } : {} };
}
function resolveNpmPack(spec, from, option) {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const manifest = join(dir, "node_modules", spec.name, "package.json");
    if (existsSync(manifest)) return packOf(spec, manifest, option);
    if (dirname(dir) === dir) break;
  }
  throw new InputError(`npm package ${spec.name} is not installed (no node_modules/${spec.name} from here up; run npm install)`, {
    field: option
  });
}
function packOf(spec, manifest, option) {
  let pkg;
  try {
    pkg = JSON.parse(readFileSync(manifest, "utf8"));
  } catch {
    throw new InputError(`npm package ${spec.name}: package.json is not JSON`, { file: manifest, field: option });
  }
  const pack = pkg !== null && typeof pkg === "object" ? pkg["dpa-lint"]?.pack : void 0;
  if (typeof pack !== "string" || pack === "" || pack.startsWith("/") || pack.split(/[\\/]/).includes(".."))
    throw new InputError(
      `npm package ${spec.name} names no pack: its package.json needs "dpa-lint": { "pack": "<directory in the package>" }`,
      {
        file: manifest,
        field: option
      }
    );
  const packageDir = dirname(manifest);
  const location = join(packageDir, pack);
  if (!existsSync(location))
    throw new InputError(`npm package ${spec.name} has no ${pack} (its "dpa-lint".pack)`, { file: manifest, field: option });
  return { packageDir, version: typeof pkg?.version === "string" ? pkg.version : "unknown", location };
}

// packages/core/src/files/oci-ref.ts
var OCI_PREFIX = "oci://";
function isOciPack(entry) {
  return entry.startsWith(OCI_PREFIX);
}
var REPOSITORY = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$/;
var TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
var HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:]+\])(?::\d{1,5})?$/;
function parseOciRef(entry, field) {
  const bad = (why) => new InputError(`"${entry}" is not an OCI reference (${why}): oci://REGISTRY/REPOSITORY[:TAG][@sha256:DIGEST]`, { field });
  if (!isOciPack(entry)) throw bad("no oci://");
  let rest = entry.slice(OCI_PREFIX.length);
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!/^sha256:[0-9a-f]{64}$/.test(digest)) throw bad("the digest is not sha256: and 64 lower-case hex digits");
  }
  const slash = rest.indexOf("/");
  if (slash <= 0) throw bad("no repository after the registry");
  const registry = rest.slice(0, slash);
  if (!HOST.test(registry)) throw bad(`"${registry}" is not a registry host`);
  let repository = rest.slice(slash + 1);
  let tag;
  const colon = repository.lastIndexOf(":");
  if (colon >= 0) {
    tag = repository.slice(colon + 1);
    repository = repository.slice(0, colon);
    if (!TAG.test(tag)) throw bad(`"${tag}" is not a tag`);
  }
  if (!REPOSITORY.test(repository)) throw bad(`"${repository}" is not a repository name`);
  if (!tag && !digest) throw bad("neither a tag nor a digest");
  return { registry, repository, ...tag ? { tag } : {}, ...digest ? { digest } : {} };
}
function formatOciRef(ref, digest = ref.digest) {
  return `${OCI_PREFIX}${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ""}${digest ? `@${digest}` : ""}`;
}
function registryUrl(registry) {
  const host = registry.replace(/:\d+$/, "");
  const loopback = host === "localhost" || host === "[::1]" || /^127(?:\.\d{1,3}){3}$/.test(host);
  return `${loopback ? "http" : "https"}://${registry}`;
}

// packages/core/src/files/posix.ts
import { sep } from "node:path";
function toPosix(path) {
  return path.split(sep).join("/");
}

// packages/core/src/normalize/countries.ts
var ALIASES = { UK: "GB", EL: "GR" };
var COUNTRY_NAME_LANGUAGES = ["en", "fr", "nl", "de", "es", "it"];
var COUNTRY_SHORT_FORMS = [
  ["usa", "US"],
  ["u.s.a", "US"],
  ["u.s", "US"],
  ["etats-unis", "US"],
  ["uk", "GB"],
  ["u.k", "GB"],
  ["angleterre", "GB"],
  ["england", "GB"],
  ["united kingdom of great britain and northern ireland", "GB"],
  ["republic of ireland", "IE"],
  ["hong kong sar", "HK"],
  ["viet nam", "VN"],
  ["vatican city", "VA"],
  ["holy see", "VA"],
  ["ee uu", "US"],
  ["ee.uu", "US"],
  ["eeuu", "US"],
  ["reino unido", "GB"],
  ["regno unito", "GB"],
  ["stati uniti", "US"],
  ["estados unidos", "US"]
];
var codes;
function isCode(code) {
  codes ??= new Set(require_codes().map((c) => c[0]));
  return codes.has(code);
}
var api;
function countries() {
  if (!api) {
    const loaded = require_i18n_iso_countries();
    loaded.registerLocale(require_en());
    loaded.registerLocale(require_fr());
    loaded.registerLocale(require_nl());
    loaded.registerLocale(require_de());
    loaded.registerLocale(require_es());
    loaded.registerLocale(require_it());
    api = loaded;
  }
  return api;
}
function toCountryCode(raw) {
  const text = raw.trim();
  if (/^[A-Za-z]{2}$/.test(text)) {
    const upper = text.toUpperCase();
    const code = ALIASES[upper] ?? upper;
    return isCode(code) ? code : void 0;
  }
  for (const lang of COUNTRY_NAME_LANGUAGES) {
    const code = countries().getAlpha2Code(text, lang);
    if (code) return code;
  }
  const folded = text.toLowerCase().replace(/\s+/g, " ").replace(/\.$/, "");
  return COUNTRY_SHORT_FORMS.find(([name]) => name === folded)?.[1];
}
function countryName(code) {
  return countries().getName(code, "en") ?? code;
}

// packages/core/src/normalize/date.ts
var DAY_MS = 864e5;
function parseDate(raw) {
  if (typeof raw !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(raw)) return { error: `"${String(raw)}" is not a date written YYYY-MM-DD` };
  const [y, m, d] = raw.split("-").map(Number);
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) {
    return { error: `${raw} is not a real calendar date` };
  }
  return ms / DAY_MS;
}
function dayToIso(day) {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
function weekday(day) {
  const w = new Date(day * DAY_MS).getUTCDay();
  return w === 0 ? 7 : w;
}
function wholeMonthsBetween(from, to) {
  if (to < from) return -wholeMonthsBetween(to, from);
  const a = new Date(from * DAY_MS);
  const b = new Date(to * DAY_MS);
  let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  const lastOfMonth = new Date(Date.UTC(b.getUTCFullYear(), b.getUTCMonth() + 1, 0)).getUTCDate();
  if (b.getUTCDate() < Math.min(a.getUTCDate(), lastOfMonth)) months -= 1;
  return months;
}

// packages/core/src/normalize/duration.ts
var UNIT_WORDS = [
  [/^(h|hrs?|hours?)$/, "hours", 1],
  [/^(d|days?|calendar days?)$/, "days", 1],
  [/^(working|business) days?$/, "working_days", 1],
  [/^(w|weeks?)$/, "days", 7],
  [/^(months?)$/, "months", 1],
  [/^(y|yrs?|years?)$/, "years", 1]
];
var MAX_DURATION_AMOUNT = 1e6;
function parseDuration(raw) {
  const parsed = parseDurationUnbounded(raw);
  if ("value" in parsed && parsed.value > MAX_DURATION_AMOUNT) {
    return {
      error: `${JSON.stringify(raw)} is longer than dpa-lint checks (at most ${thousands(MAX_DURATION_AMOUNT)} ${parsed.unit.replace("_", " ")})`
    };
  }
  return parsed;
}
function parseDurationUnbounded(raw) {
  if (typeof raw === "number") {
    return Number.isInteger(raw) && raw >= 0 ? { value: raw, unit: "days" } : { error: `${raw} is not a whole, non-negative number of days` };
  }
  if (typeof raw !== "string") return { error: "a duration must be a string or a number of days" };
  const text = raw.trim();
  if (/^P/i.test(text)) return parseIso(text);
  if (/^[0-9]+$/.test(text)) return { value: Number(text), unit: "days" };
  const m = /^([0-9]+(?:\.[0-9]+)?)\s*([a-z][a-z ]*?)$/i.exec(text);
  if (!m) return { error: `"${raw}" is not a duration (expected e.g. "30 days", "10 working days", "24h", "P6M")` };
  const amount = Number(m[1]);
  const word = (m[2] ?? "").toLowerCase().replace(/\s+/g, " ");
  for (const [pattern, unit, factor] of UNIT_WORDS) {
    if (!pattern.test(word)) continue;
    const value = amount * factor;
    if (!Number.isInteger(value)) return { error: `"${raw}" is not a whole number of ${unit.replace("_", " ")}` };
    return { value, unit };
  }
  return { error: `"${raw}" has an unknown unit "${m[2] ?? ""}" (use hours, days, working days, weeks, months or years)` };
}
function parseIso(text) {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i.exec(text);
  if (!m || text.length < 3 || /T$/i.test(text)) return { error: `"${text}" is not an ISO 8601 duration (e.g. P30D, P6M, P1Y, PT24H)` };
  const [y, mo, w, d, h, mi, s] = m.slice(1).map((x) => x === void 0 ? 0 : Number(x));
  const months = y * 12 + mo;
  const days = w * 7 + d;
  const seconds = h * 3600 + mi * 60 + s;
  if (seconds % 3600 !== 0) return { error: `"${text}" is not a whole number of hours` };
  const hours = seconds / 3600;
  const calendarParts = [months > 0, days > 0, hours > 0].filter(Boolean).length;
  if (calendarParts > 1 && months > 0) {
    return { error: `"${text}" mixes months or years with days or hours; write it in one unit` };
  }
  if (months > 0) return mo === 0 ? { value: y, unit: "years" } : { value: months, unit: "months" };
  if (hours > 0) return { value: days * 24 + hours, unit: "hours" };
  return { value: days, unit: "days" };
}
function isDuration(d) {
  return !("error" in d);
}

// packages/core/src/findings/finding.ts
var SEVERITIES = ["error", "warning", "info"];
var SEVERITY_RANK = { error: 3, warning: 2, info: 1 };
function isSeverity(value) {
  return typeof value === "string" && SEVERITIES.includes(value);
}
function compareFindings(a, b) {
  return cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.ruleId, b.ruleId) || cmp(JSON.stringify(a.path), JSON.stringify(b.path)) || cmp(a.message, b.message);
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function sortAndDedupe(findings) {
  const sorted = [...findings].sort(compareFindings);
  return sorted.filter((f, i) => i === 0 || compareFindings(sorted[i - 1], f) !== 0);
}
function formatPath(path) {
  return path.map(
    (seg, i) => typeof seg === "number" ? `[${seg}]` : /^[A-Za-z_][\w-]*$/.test(seg) ? i === 0 ? seg : `.${seg}` : `[${JSON.stringify(seg)}]`
  ).join("");
}
function findingAt(file, ruleId, message, line, column, severity = "error") {
  return { file, ruleId, severity, message, path: [], line, column, endLine: line, endColumn: column + 1 };
}

// packages/core/src/schema/vendor-setup.schema.json
var vendor_setup_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://dpa-lint.dev/schemas/vendor-setup-v1.json",
  title: "dpa-lint vendor setup, version 1",
  description: "One vendor (a data processor) as set up for this company. See docs/vendor-setup-v1.md.",
  type: "object",
  required: [
    "apiVersion",
    "kind",
    "metadata",
    "vendor",
    "dpa"
  ],
  additionalProperties: false,
  properties: {
    apiVersion: {
      enum: [
        "dpa-lint/v1",
        "dpa-lint/v1.1"
      ],
      description: "The format's version: dpa-lint/v1, or dpa-lint/v1.1 for a file that uses the fields added in 1.1 (every v1 file stays valid)."
    },
    kind: {
      const: "VendorSetup",
      "x-message": 'must be "VendorSetup"',
      description: "Always VendorSetup."
    },
    metadata: {
      type: "object",
      required: [
        "name"
      ],
      additionalProperties: false,
      properties: {
        name: {
          type: "string",
          pattern: "^[a-z0-9][a-z0-9-]*$",
          "x-message": "must be lower-case letters, digits and dashes, starting with a letter or digit",
          description: "Unique name of this vendor setup in the repository: lower-case letters, digits and dashes."
        },
        owner: {
          type: "string",
          description: "The team that owns the vendor relationship."
        },
        description: {
          type: "string",
          description: "What the vendor does for you."
        }
      },
      description: "Who this file is about and who owns it."
    },
    vendor: {
      type: "object",
      required: [
        "name"
      ],
      additionalProperties: false,
      properties: {
        name: {
          $ref: "#/$defs/nonEmptyString",
          description: "The vendor's name."
        },
        legalName: {
          type: "string",
          description: "The vendor's legal entity, as in the DPA."
        },
        country: {
          $ref: "#/$defs/country",
          description: "Where the vendor's legal entity is: an ISO code (FR) or a country name."
        }
      },
      description: "The vendor (the data processor)."
    },
    dpa: {
      anyOf: [
        {
          $ref: "#/$defs/packId"
        },
        {
          type: "object",
          required: [
            "id"
          ],
          additionalProperties: false,
          properties: {
            id: {
              $ref: "#/$defs/packId",
              description: "The DPA pack's id."
            },
            version: {
              type: [
                "string",
                "number"
              ],
              description: "The DPA's version, for your records."
            },
            signedOn: {
              $ref: "#/$defs/date",
              description: "The day the DPA was signed, YYYY-MM-DD."
            }
          }
        }
      ],
      "x-message": "must be a policy pack id (such as quicktalk) or an object {id, version, signedOn}",
      description: "The DPA policy pack this vendor's signed DPA is encoded in: its id (quicktalk), or {id, version, signedOn}."
    },
    processing: {
      type: [
        "object",
        "null"
      ],
      additionalProperties: false,
      properties: {
        dataCategories: {
          $ref: "#/$defs/nameList",
          description: "The categories of personal data, as names; retention keys use the same names."
        },
        specialCategories: {
          type: "array",
          uniqueItems: true,
          items: {
            enum: [
              "health",
              "biometric",
              "genetic",
              "racial-ethnic",
              "political",
              "religious",
              "trade-union",
              "sex-life"
            ]
          },
          description: "GDPR Art. 9 categories processed: health, biometric, genetic, racial-ethnic, political, religious, trade-union, sex-life."
        },
        dataSubjects: {
          $ref: "#/$defs/nameList",
          description: "Whose data it is: customers, staff, patients..."
        },
        purposes: {
          type: "array",
          minItems: 1,
          items: {
            type: "string",
            minLength: 1
          },
          description: "(v1.1) Why the data is processed (GDPR Art. 30(1)(b)), one purpose per entry."
        },
        legalBasis: {
          type: "array",
          minItems: 1,
          uniqueItems: true,
          items: {
            enum: [
              "consent",
              "contract",
              "legal-obligation",
              "vital-interests",
              "public-task",
              "legitimate-interests"
            ]
          },
          description: "(v1.1) The lawful bases of the processing, GDPR Art. 6(1)(a) to (f): consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests."
        },
        criminalOffenceData: {
          type: "boolean",
          description: "(v1.1) Whether data relating to criminal convictions and offences (GDPR Art. 10) is processed."
        },
        securityMeasures: {
          type: "string",
          minLength: 1,
          description: "(v1.1) Where the technical and organisational security measures are described (GDPR Art. 30(1)(g), 32): a document, a URL or a short summary."
        },
        criminalOffenceAuthority: {
          type: "string",
          minLength: 1,
          description: "(v1.1) The official authority, or the Union or Member State law, under which criminal-offence data is processed (GDPR Art. 10)."
        }
      },
      description: "What personal data the vendor processes for you."
    },
    hosting: {
      type: [
        "array",
        "null"
      ],
      items: {
        type: "object",
        additionalProperties: false,
        properties: {
          provider: {
            $ref: "#/$defs/nonEmptyString",
            description: "The cloud provider whose region code follows: aws, gcp, azure, ovh, scaleway..."
          },
          region: {
            $ref: "#/$defs/nonEmptyString",
            description: "The provider's region code (eu-west-3), resolved to a country."
          },
          country: {
            $ref: "#/$defs/country",
            description: "The country instead of a provider region: an ISO code or a name."
          },
          purpose: {
            type: "string",
            description: "What is hosted there."
          },
          transferMechanism: {
            $ref: "#/$defs/transferMechanism",
            description: "For a location outside the EEA: adequacy, dpf, scc, bcr or derogation (none when there is none)."
          },
          dpfCertified: {
            type: "boolean",
            description: "Whether the US organisation is on the Data Privacy Framework List (needed with dpf)."
          },
          derogationReason: {
            $ref: "#/$defs/nonEmptyString",
            description: "Which GDPR Art. 49 derogation applies (needed with derogation)."
          },
          scc: {
            $ref: "#/$defs/scc",
            description: "(v1.1) With transferMechanism: scc, the standard contractual clauses signed: {version, module}."
          },
          tia: {
            $ref: "#/$defs/nonEmptyString",
            description: "(v1.1) Where the transfer impact assessment of this transfer is recorded (EDPB Recommendations 01/2020)."
          }
        }
      },
      description: "Where the vendor itself stores or processes your data."
    },
    subprocessors: {
      type: [
        "array",
        "null"
      ],
      items: {
        type: "object",
        required: [
          "name",
          "country"
        ],
        additionalProperties: false,
        properties: {
          name: {
            $ref: "#/$defs/nonEmptyString",
            description: "The sub-processor's name, as the DPA's list gives it (or an alias)."
          },
          purpose: {
            type: "string",
            description: "What the sub-processor does."
          },
          country: {
            $ref: "#/$defs/country",
            description: "Where it processes your data: an ISO code or a country name."
          },
          transferMechanism: {
            $ref: "#/$defs/transferMechanism",
            description: "For a country outside the EEA: adequacy, dpf, scc, bcr or derogation."
          },
          dpfCertified: {
            type: "boolean",
            description: "Whether the US organisation is on the Data Privacy Framework List (needed with dpf)."
          },
          derogationReason: {
            $ref: "#/$defs/nonEmptyString",
            description: "Which GDPR Art. 49 derogation applies (needed with derogation)."
          },
          since: {
            $ref: "#/$defs/date",
            description: "The day it was engaged, YYYY-MM-DD."
          },
          scc: {
            $ref: "#/$defs/scc",
            description: "(v1.1) With transferMechanism: scc, the standard contractual clauses signed: {version, module}."
          },
          tia: {
            $ref: "#/$defs/nonEmptyString",
            description: "(v1.1) Where the transfer impact assessment of this transfer is recorded (EDPB Recommendations 01/2020)."
          },
          writtenContract: {
            type: "boolean",
            description: "(v1.1) Whether the vendor has bound this sub-processor by a contract with the same data protection obligations (GDPR Art. 28(4)); false is a finding."
          },
          dataLocalisation: {
            type: "boolean",
            description: "(v1.1) Whether you took the vendor's optional data-localisation package for this sub-processor, where the DPA offers one (the pack lists it with mechanism conditional)."
          }
        }
      },
      description: "The vendor's sub-processors that see your data."
    },
    retention: {
      type: [
        "object",
        "null"
      ],
      propertyNames: {
        $ref: "#/$defs/categoryName"
      },
      additionalProperties: {
        $ref: "#/$defs/retentionPeriod"
      },
      description: "How long each data category is kept: a duration (from collection) or {period, from}."
    },
    subprocessorChanges: {
      type: [
        "array",
        "null"
      ],
      items: {
        type: "object",
        required: [
          "subprocessor",
          "change",
          "noticeReceived",
          "effective"
        ],
        additionalProperties: false,
        properties: {
          subprocessor: {
            $ref: "#/$defs/nonEmptyString",
            description: "The sub-processor the notice is about."
          },
          change: {
            enum: [
              "add",
              "replace",
              "remove"
            ],
            description: "add, replace or remove."
          },
          replaces: {
            $ref: "#/$defs/nonEmptyString",
            description: "For a replacement: the sub-processor it replaces."
          },
          noticeReceived: {
            $ref: "#/$defs/date",
            description: "The day you received the notice, YYYY-MM-DD."
          },
          effective: {
            $ref: "#/$defs/date",
            description: "The day the change takes effect, YYYY-MM-DD."
          },
          objection: {
            enum: [
              "none",
              "raised",
              "waived"
            ],
            description: "none, raised (the change must wait) or waived (you gave up objecting)."
          }
        }
      },
      description: "Sub-processor change notices received from the vendor."
    },
    contract: {
      type: [
        "object",
        "null"
      ],
      additionalProperties: false,
      properties: {
        objectionWindow: {
          $ref: "#/$defs/duration",
          description: "How long you have to object to a new sub-processor, as the signed DPA says."
        },
        priorNotice: {
          $ref: "#/$defs/duration",
          description: "How long before a sub-processor change the vendor must tell you."
        },
        breachNotification: {
          $ref: "#/$defs/duration",
          description: "How fast the vendor must report a personal data breach to you."
        },
        auditsPerYear: {
          type: "integer",
          minimum: 0,
          description: "How many audits a year the DPA allows."
        },
        auditNotice: {
          $ref: "#/$defs/duration",
          description: "The notice the DPA requires before an audit."
        },
        renewal: {
          $ref: "#/$defs/date",
          description: "(v1.1) The day the DPA (or the agreement it belongs to) renews or ends unless renewed: a calendar event (report calendar)."
        },
        nextAudit: {
          $ref: "#/$defs/date",
          description: "(v1.1) The day of the next audit you plan: the calendar gives the last day to announce it (auditNotice, else the DPA's)."
        },
        endOfContract: {
          type: "object",
          additionalProperties: false,
          required: [
            "action"
          ],
          description: "(v1.1) What the vendor does with your data at the end of the services (GDPR Art. 28(3)(g)), as you chose or the DPA provides.",
          properties: {
            action: {
              enum: [
                "return",
                "delete",
                "return-then-delete",
                "transfer"
              ],
              description: "return, delete, return-then-delete (return, then delete the copies), or transfer (to another processor you designate)."
            },
            within: {
              $ref: "#/$defs/duration",
              description: "How long after the end the vendor has to do it."
            }
          }
        }
      },
      description: "The terms you recorded from the signed DPA; each must match the DPA pack."
    }
  },
  $defs: {
    nonEmptyString: {
      type: "string",
      minLength: 1
    },
    packId: {
      type: "string",
      pattern: "^[a-z0-9][a-z0-9_-]*$"
    },
    categoryName: {
      type: "string",
      minLength: 1
    },
    nameList: {
      type: [
        "array",
        "null"
      ],
      uniqueItems: true,
      items: {
        $ref: "#/$defs/categoryName"
      }
    },
    country: {
      type: "string",
      minLength: 1
    },
    date: {
      type: "string",
      pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
      "x-message": "must be a date written YYYY-MM-DD"
    },
    duration: {
      type: [
        "string",
        "integer"
      ],
      "x-message": 'must be a duration such as "30 days", "10 working days", "24h", "P6M" or a number of days'
    },
    retentionPeriod: {
      description: "How long a data category is kept: a duration counted from collection, or {period, from} counted from a later event.",
      type: [
        "string",
        "integer",
        "object"
      ],
      if: {
        type: "object"
      },
      then: {
        type: "object",
        required: [
          "period"
        ],
        additionalProperties: false,
        properties: {
          period: {
            $ref: "#/$defs/duration",
            description: "How long, as a duration."
          },
          from: {
            $ref: "#/$defs/retentionAnchor",
            description: "The event the period counts from."
          }
        }
      },
      else: {
        $ref: "#/$defs/duration"
      },
      "x-message": 'must be a duration such as "12 months", or {period: 5 years, from: end-of-contract}'
    },
    retentionAnchor: {
      enum: [
        "collection",
        "capture",
        "creation",
        "last-contact",
        "end-of-contract",
        "end-of-role"
      ],
      "x-message": "must be collection, capture, creation, last-contact, end-of-contract or end-of-role"
    },
    transferMechanism: {
      enum: [
        "none",
        "adequacy",
        "dpf",
        "scc",
        "bcr",
        "derogation",
        "privacy-shield"
      ]
    },
    scc: {
      type: "object",
      additionalProperties: false,
      required: [
        "version"
      ],
      properties: {
        version: {
          enum: [
            "2021/914",
            "2010/87",
            "2004/915",
            "2001/497"
          ],
          description: "The Commission decision whose clauses were signed: 2021/914 (in force), or 2010/87, 2004/915, 2001/497 (repealed; safeguards only until 27 December 2022)."
        },
        module: {
          type: "integer",
          minimum: 1,
          maximum: 4,
          description: "The module of the 2021/914 clauses: 1 controller to controller, 2 controller to processor, 3 processor to processor, 4 processor to controller."
        }
      },
      description: "(v1.1) The standard contractual clauses a transfer relies on (with transferMechanism: scc)."
    }
  }
};

// packages/core/src/schema/generated/vendor-setup.validate.ts
var vendor_setup_validate_default = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://dpa-lint.dev/schemas/vendor-setup-v1.json", "title": "dpa-lint vendor setup, version 1", "description": "One vendor (a data processor) as set up for this company. See docs/vendor-setup-v1.md.", "type": "object", "required": ["apiVersion", "kind", "metadata", "vendor", "dpa"], "additionalProperties": false, "properties": { "apiVersion": { "enum": ["dpa-lint/v1", "dpa-lint/v1.1"], "description": "The format's version: dpa-lint/v1, or dpa-lint/v1.1 for a file that uses the fields added in 1.1 (every v1 file stays valid)." }, "kind": { "const": "VendorSetup", "x-message": 'must be "VendorSetup"', "description": "Always VendorSetup." }, "metadata": { "type": "object", "required": ["name"], "additionalProperties": false, "properties": { "name": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$", "x-message": "must be lower-case letters, digits and dashes, starting with a letter or digit", "description": "Unique name of this vendor setup in the repository: lower-case letters, digits and dashes." }, "owner": { "type": "string", "description": "The team that owns the vendor relationship." }, "description": { "type": "string", "description": "What the vendor does for you." } }, "description": "Who this file is about and who owns it." }, "vendor": { "type": "object", "required": ["name"], "additionalProperties": false, "properties": { "name": { "$ref": "#/$defs/nonEmptyString", "description": "The vendor's name." }, "legalName": { "type": "string", "description": "The vendor's legal entity, as in the DPA." }, "country": { "$ref": "#/$defs/country", "description": "Where the vendor's legal entity is: an ISO code (FR) or a country name." } }, "description": "The vendor (the data processor)." }, "dpa": { "anyOf": [{ "$ref": "#/$defs/packId" }, { "type": "object", "required": ["id"], "additionalProperties": false, "properties": { "id": { "$ref": "#/$defs/packId", "description": "The DPA pack's id." }, "version": { "type": ["string", "number"], "description": "The DPA's version, for your records." }, "signedOn": { "$ref": "#/$defs/date", "description": "The day the DPA was signed, YYYY-MM-DD." } } }], "x-message": "must be a policy pack id (such as quicktalk) or an object {id, version, signedOn}", "description": "The DPA policy pack this vendor's signed DPA is encoded in: its id (quicktalk), or {id, version, signedOn}." }, "processing": { "type": ["object", "null"], "additionalProperties": false, "properties": { "dataCategories": { "$ref": "#/$defs/nameList", "description": "The categories of personal data, as names; retention keys use the same names." }, "specialCategories": { "type": "array", "uniqueItems": true, "items": { "enum": ["health", "biometric", "genetic", "racial-ethnic", "political", "religious", "trade-union", "sex-life"] }, "description": "GDPR Art. 9 categories processed: health, biometric, genetic, racial-ethnic, political, religious, trade-union, sex-life." }, "dataSubjects": { "$ref": "#/$defs/nameList", "description": "Whose data it is: customers, staff, patients..." }, "purposes": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 }, "description": "(v1.1) Why the data is processed (GDPR Art. 30(1)(b)), one purpose per entry." }, "legalBasis": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["consent", "contract", "legal-obligation", "vital-interests", "public-task", "legitimate-interests"] }, "description": "(v1.1) The lawful bases of the processing, GDPR Art. 6(1)(a) to (f): consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests." }, "criminalOffenceData": { "type": "boolean", "description": "(v1.1) Whether data relating to criminal convictions and offences (GDPR Art. 10) is processed." }, "securityMeasures": { "type": "string", "minLength": 1, "description": "(v1.1) Where the technical and organisational security measures are described (GDPR Art. 30(1)(g), 32): a document, a URL or a short summary." }, "criminalOffenceAuthority": { "type": "string", "minLength": 1, "description": "(v1.1) The official authority, or the Union or Member State law, under which criminal-offence data is processed (GDPR Art. 10)." } }, "description": "What personal data the vendor processes for you." }, "hosting": { "type": ["array", "null"], "items": { "type": "object", "additionalProperties": false, "properties": { "provider": { "$ref": "#/$defs/nonEmptyString", "description": "The cloud provider whose region code follows: aws, gcp, azure, ovh, scaleway..." }, "region": { "$ref": "#/$defs/nonEmptyString", "description": "The provider's region code (eu-west-3), resolved to a country." }, "country": { "$ref": "#/$defs/country", "description": "The country instead of a provider region: an ISO code or a name." }, "purpose": { "type": "string", "description": "What is hosted there." }, "transferMechanism": { "$ref": "#/$defs/transferMechanism", "description": "For a location outside the EEA: adequacy, dpf, scc, bcr or derogation (none when there is none)." }, "dpfCertified": { "type": "boolean", "description": "Whether the US organisation is on the Data Privacy Framework List (needed with dpf)." }, "derogationReason": { "$ref": "#/$defs/nonEmptyString", "description": "Which GDPR Art. 49 derogation applies (needed with derogation)." }, "scc": { "$ref": "#/$defs/scc", "description": "(v1.1) With transferMechanism: scc, the standard contractual clauses signed: {version, module}." }, "tia": { "$ref": "#/$defs/nonEmptyString", "description": "(v1.1) Where the transfer impact assessment of this transfer is recorded (EDPB Recommendations 01/2020)." } } }, "description": "Where the vendor itself stores or processes your data." }, "subprocessors": { "type": ["array", "null"], "items": { "type": "object", "required": ["name", "country"], "additionalProperties": false, "properties": { "name": { "$ref": "#/$defs/nonEmptyString", "description": "The sub-processor's name, as the DPA's list gives it (or an alias)." }, "purpose": { "type": "string", "description": "What the sub-processor does." }, "country": { "$ref": "#/$defs/country", "description": "Where it processes your data: an ISO code or a country name." }, "transferMechanism": { "$ref": "#/$defs/transferMechanism", "description": "For a country outside the EEA: adequacy, dpf, scc, bcr or derogation." }, "dpfCertified": { "type": "boolean", "description": "Whether the US organisation is on the Data Privacy Framework List (needed with dpf)." }, "derogationReason": { "$ref": "#/$defs/nonEmptyString", "description": "Which GDPR Art. 49 derogation applies (needed with derogation)." }, "since": { "$ref": "#/$defs/date", "description": "The day it was engaged, YYYY-MM-DD." }, "scc": { "$ref": "#/$defs/scc", "description": "(v1.1) With transferMechanism: scc, the standard contractual clauses signed: {version, module}." }, "tia": { "$ref": "#/$defs/nonEmptyString", "description": "(v1.1) Where the transfer impact assessment of this transfer is recorded (EDPB Recommendations 01/2020)." }, "writtenContract": { "type": "boolean", "description": "(v1.1) Whether the vendor has bound this sub-processor by a contract with the same data protection obligations (GDPR Art. 28(4)); false is a finding." }, "dataLocalisation": { "type": "boolean", "description": "(v1.1) Whether you took the vendor's optional data-localisation package for this sub-processor, where the DPA offers one (the pack lists it with mechanism conditional)." } } }, "description": "The vendor's sub-processors that see your data." }, "retention": { "type": ["object", "null"], "propertyNames": { "$ref": "#/$defs/categoryName" }, "additionalProperties": { "$ref": "#/$defs/retentionPeriod" }, "description": "How long each data category is kept: a duration (from collection) or {period, from}." }, "subprocessorChanges": { "type": ["array", "null"], "items": { "type": "object", "required": ["subprocessor", "change", "noticeReceived", "effective"], "additionalProperties": false, "properties": { "subprocessor": { "$ref": "#/$defs/nonEmptyString", "description": "The sub-processor the notice is about." }, "change": { "enum": ["add", "replace", "remove"], "description": "add, replace or remove." }, "replaces": { "$ref": "#/$defs/nonEmptyString", "description": "For a replacement: the sub-processor it replaces." }, "noticeReceived": { "$ref": "#/$defs/date", "description": "The day you received the notice, YYYY-MM-DD." }, "effective": { "$ref": "#/$defs/date", "description": "The day the change takes effect, YYYY-MM-DD." }, "objection": { "enum": ["none", "raised", "waived"], "description": "none, raised (the change must wait) or waived (you gave up objecting)." } } }, "description": "Sub-processor change notices received from the vendor." }, "contract": { "type": ["object", "null"], "additionalProperties": false, "properties": { "objectionWindow": { "$ref": "#/$defs/duration", "description": "How long you have to object to a new sub-processor, as the signed DPA says." }, "priorNotice": { "$ref": "#/$defs/duration", "description": "How long before a sub-processor change the vendor must tell you." }, "breachNotification": { "$ref": "#/$defs/duration", "description": "How fast the vendor must report a personal data breach to you." }, "auditsPerYear": { "type": "integer", "minimum": 0, "description": "How many audits a year the DPA allows." }, "auditNotice": { "$ref": "#/$defs/duration", "description": "The notice the DPA requires before an audit." }, "renewal": { "$ref": "#/$defs/date", "description": "(v1.1) The day the DPA (or the agreement it belongs to) renews or ends unless renewed: a calendar event (report calendar)." }, "nextAudit": { "$ref": "#/$defs/date", "description": "(v1.1) The day of the next audit you plan: the calendar gives the last day to announce it (auditNotice, else the DPA's)." }, "endOfContract": { "type": "object", "additionalProperties": false, "required": ["action"], "description": "(v1.1) What the vendor does with your data at the end of the services (GDPR Art. 28(3)(g)), as you chose or the DPA provides.", "properties": { "action": { "enum": ["return", "delete", "return-then-delete", "transfer"], "description": "return, delete, return-then-delete (return, then delete the copies), or transfer (to another processor you designate)." }, "within": { "$ref": "#/$defs/duration", "description": "How long after the end the vendor has to do it." } } } }, "description": "The terms you recorded from the signed DPA; each must match the DPA pack." } }, "$defs": { "nonEmptyString": { "type": "string", "minLength": 1 }, "packId": { "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]*$" }, "categoryName": { "type": "string", "minLength": 1 }, "nameList": { "type": ["array", "null"], "uniqueItems": true, "items": { "$ref": "#/$defs/categoryName" } }, "country": { "type": "string", "minLength": 1 }, "date": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "x-message": "must be a date written YYYY-MM-DD" }, "duration": { "type": ["string", "integer"], "x-message": 'must be a duration such as "30 days", "10 working days", "24h", "P6M" or a number of days' }, "retentionPeriod": { "description": "How long a data category is kept: a duration counted from collection, or {period, from} counted from a later event.", "type": ["string", "integer", "object"], "if": { "type": "object" }, "then": { "type": "object", "required": ["period"], "additionalProperties": false, "properties": { "period": { "$ref": "#/$defs/duration", "description": "How long, as a duration." }, "from": { "$ref": "#/$defs/retentionAnchor", "description": "The event the period counts from." } } }, "else": { "$ref": "#/$defs/duration" }, "x-message": 'must be a duration such as "12 months", or {period: 5 years, from: end-of-contract}' }, "retentionAnchor": { "enum": ["collection", "capture", "creation", "last-contact", "end-of-contract", "end-of-role"], "x-message": "must be collection, capture, creation, last-contact, end-of-contract or end-of-role" }, "transferMechanism": { "enum": ["none", "adequacy", "dpf", "scc", "bcr", "derogation", "privacy-shield"] }, "scc": { "type": "object", "additionalProperties": false, "required": ["version"], "properties": { "version": { "enum": ["2021/914", "2010/87", "2004/915", "2001/497"], "description": "The Commission decision whose clauses were signed: 2021/914 (in force), or 2010/87, 2004/915, 2001/497 (repealed; safeguards only until 27 December 2022)." }, "module": { "type": "integer", "minimum": 1, "maximum": 4, "description": "The module of the 2021/914 clauses: 1 controller to controller, 2 controller to processor, 3 processor to processor, 4 processor to controller." } }, "description": "(v1.1) The standard contractual clauses a transfer relies on (with transferMechanism: scc)." } } };
var schema32 = { "type": "string", "minLength": 1 };
var schema33 = { "type": "string", "minLength": 1 };
var schema34 = { "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]*$" };
var schema36 = { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "x-message": "must be a date written YYYY-MM-DD" };
var schema42 = { "enum": ["none", "adequacy", "dpf", "scc", "bcr", "derogation", "privacy-shield"] };
var schema44 = { "type": "object", "additionalProperties": false, "required": ["version"], "properties": { "version": { "enum": ["2021/914", "2010/87", "2004/915", "2001/497"], "description": "The Commission decision whose clauses were signed: 2021/914 (in force), or 2010/87, 2004/915, 2001/497 (repealed; safeguards only until 27 December 2022)." }, "module": { "type": "integer", "minimum": 1, "maximum": 4, "description": "The module of the 2021/914 clauses: 1 controller to controller, 2 controller to processor, 3 processor to processor, 4 processor to controller." } }, "description": "(v1.1) The standard contractual clauses a transfer relies on (with transferMechanism: scc)." };
var schema38 = { "type": "string", "minLength": 1 };
var schema55 = { "type": ["string", "integer"], "x-message": 'must be a duration such as "30 days", "10 working days", "24h", "P6M" or a number of days' };
var func1 = Object.prototype.hasOwnProperty;
var func2 = require_ucs2length().default;
var func0 = require_equal().default;
var pattern4 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
var pattern5 = new RegExp("^[a-z0-9][a-z0-9_-]*$", "u");
var pattern7 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
var schema37 = { "type": ["array", "null"], "uniqueItems": true, "items": { "$ref": "#/$defs/categoryName" } };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!Array.isArray(data) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema37.type }, message: "must be array,null", schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/categoryName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/categoryName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err3 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema37, data };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var schema54 = { "description": "How long a data category is kept: a duration counted from collection, or {period, from} counted from a later event.", "type": ["string", "integer", "object"], "if": { "type": "object" }, "then": { "type": "object", "required": ["period"], "additionalProperties": false, "properties": { "period": { "$ref": "#/$defs/duration", "description": "How long, as a duration." }, "from": { "$ref": "#/$defs/retentionAnchor", "description": "The event the period counts from." } } }, "else": { "$ref": "#/$defs/duration" }, "x-message": 'must be a duration such as "12 months", or {period: 5 years, from: end-of-contract}' };
var schema56 = { "enum": ["collection", "capture", "creation", "last-contact", "end-of-contract", "end-of-role"], "x-message": "must be collection, capture, creation, last-contact, end-of-contract or end-of-role" };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data !== "string" && !(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data)) && !(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema54.type }, message: "must be string,integer,object", schema: schema54.type, parentSchema: schema54, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err1 = {};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.period === void 0) {
        const err2 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "period" }, message: "must have required property 'period'", schema: schema54.then.required, parentSchema: schema54.then, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "period" || key0 === "from")) {
          const err3 = { instancePath, schemaPath: "#/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54.then, data };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.period !== void 0) {
        let data0 = data.period;
        if (typeof data0 !== "string" && !(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
          const err4 = { instancePath: instancePath + "/period", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: schema55.type }, message: "must be string,integer", schema: schema55.type, parentSchema: schema55, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.from !== void 0) {
        let data1 = data.from;
        if (!(data1 === "collection" || data1 === "capture" || data1 === "creation" || data1 === "last-contact" || data1 === "end-of-contract" || data1 === "end-of-role")) {
          const err5 = { instancePath: instancePath + "/from", schemaPath: "#/$defs/retentionAnchor/enum", keyword: "enum", params: { allowedValues: schema56.enum }, message: "must be equal to one of the allowed values", schema: schema56.enum, parentSchema: schema56, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    } else {
      const err6 = { instancePath, schemaPath: "#/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.then.type, parentSchema: schema54.then, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = true;
    }
    ifClause0 = "then";
  } else {
    const _errs14 = errors;
    if (typeof data !== "string" && !(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
      const err7 = { instancePath, schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: schema55.type }, message: "must be string,integer", schema: schema55.type, parentSchema: schema55, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    var _valid0 = _errs14 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err8 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema54.if, parentSchema: schema54, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate24.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate24.evaluated = { "dynamicProps": true, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.vendor === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "vendor" }, message: "must have required property 'vendor'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.dpa === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dpa" }, message: "must have required property 'dpa'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (!(data0 === "dpa-lint/v1" || data0 === "dpa-lint/v1.1")) {
        const err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/enum", keyword: "enum", params: { allowedValues: schema31.properties.apiVersion.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.apiVersion.enum, parentSchema: schema31.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if ("VendorSetup" !== data1) {
        const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "VendorSetup" }, message: "must be equal to constant", schema: "VendorSetup", parentSchema: schema31.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          const err8 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.properties.metadata.required, parentSchema: schema31.properties.metadata, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "name" || key1 === "owner" || key1 === "description")) {
            const err9 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.metadata, data: data2 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 === "string") {
            if (!pattern4.test(data3)) {
              const err10 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"', schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema31.properties.metadata.properties.name, data: data3 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.metadata.properties.name.type, parentSchema: schema31.properties.metadata.properties.name, data: data3 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data2.owner !== void 0) {
          let data4 = data2.owner;
          if (typeof data4 !== "string") {
            const err12 = { instancePath: instancePath + "/metadata/owner", schemaPath: "#/properties/metadata/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.metadata.properties.owner.type, parentSchema: schema31.properties.metadata.properties.owner, data: data4 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data2.description !== void 0) {
          let data5 = data2.description;
          if (typeof data5 !== "string") {
            const err13 = { instancePath: instancePath + "/metadata/description", schemaPath: "#/properties/metadata/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.metadata.properties.description.type, parentSchema: schema31.properties.metadata.properties.description, data: data5 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.metadata.type, parentSchema: schema31.properties.metadata, data: data2 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.vendor !== void 0) {
      let data6 = data.vendor;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.name === void 0) {
          const err15 = { instancePath: instancePath + "/vendor", schemaPath: "#/properties/vendor/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.properties.vendor.required, parentSchema: schema31.properties.vendor, data: data6 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        for (const key2 in data6) {
          if (!(key2 === "name" || key2 === "legalName" || key2 === "country")) {
            const err16 = { instancePath: instancePath + "/vendor", schemaPath: "#/properties/vendor/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.vendor, data: data6 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data6.name !== void 0) {
          let data7 = data6.name;
          if (typeof data7 === "string") {
            if (func2(data7) < 1) {
              const err17 = { instancePath: instancePath + "/vendor/name", schemaPath: "#/$defs/nonEmptyString/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32, data: data7 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/vendor/name", schemaPath: "#/$defs/nonEmptyString/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data7 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data6.legalName !== void 0) {
          let data8 = data6.legalName;
          if (typeof data8 !== "string") {
            const err19 = { instancePath: instancePath + "/vendor/legalName", schemaPath: "#/properties/vendor/properties/legalName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.vendor.properties.legalName.type, parentSchema: schema31.properties.vendor.properties.legalName, data: data8 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data6.country !== void 0) {
          let data9 = data6.country;
          if (typeof data9 === "string") {
            if (func2(data9) < 1) {
              const err20 = { instancePath: instancePath + "/vendor/country", schemaPath: "#/$defs/country/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data9 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/vendor/country", schemaPath: "#/$defs/country/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data9 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/vendor", schemaPath: "#/properties/vendor/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.vendor.type, parentSchema: schema31.properties.vendor, data: data6 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.dpa !== void 0) {
      let data10 = data.dpa;
      const _errs27 = errors;
      let valid5 = false;
      const _errs28 = errors;
      if (typeof data10 === "string") {
        if (!pattern5.test(data10)) {
          const err23 = { instancePath: instancePath + "/dpa", schemaPath: "#/$defs/packId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]*$"', schema: "^[a-z0-9][a-z0-9_-]*$", parentSchema: schema34, data: data10 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/dpa", schemaPath: "#/$defs/packId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data10 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      var _valid0 = _errs28 === errors;
      valid5 = valid5 || _valid0;
      const _errs31 = errors;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        if (data10.id === void 0) {
          const err25 = { instancePath: instancePath + "/dpa", schemaPath: "#/properties/dpa/anyOf/1/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema31.properties.dpa.anyOf[1].required, parentSchema: schema31.properties.dpa.anyOf[1], data: data10 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        for (const key3 in data10) {
          if (!(key3 === "id" || key3 === "version" || key3 === "signedOn")) {
            const err26 = { instancePath: instancePath + "/dpa", schemaPath: "#/properties/dpa/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.dpa.anyOf[1], data: data10 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data10.id !== void 0) {
          let data11 = data10.id;
          if (typeof data11 === "string") {
            if (!pattern5.test(data11)) {
              const err27 = { instancePath: instancePath + "/dpa/id", schemaPath: "#/$defs/packId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]*$"', schema: "^[a-z0-9][a-z0-9_-]*$", parentSchema: schema34, data: data11 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          } else {
            const err28 = { instancePath: instancePath + "/dpa/id", schemaPath: "#/$defs/packId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data11 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data10.version !== void 0) {
          let data12 = data10.version;
          if (typeof data12 !== "string" && !(typeof data12 == "number" && isFinite(data12))) {
            const err29 = { instancePath: instancePath + "/dpa/version", schemaPath: "#/properties/dpa/anyOf/1/properties/version/type", keyword: "type", params: { type: schema31.properties.dpa.anyOf[1].properties.version.type }, message: "must be string,number", schema: schema31.properties.dpa.anyOf[1].properties.version.type, parentSchema: schema31.properties.dpa.anyOf[1].properties.version, data: data12 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data10.signedOn !== void 0) {
          let data13 = data10.signedOn;
          if (typeof data13 === "string") {
            if (!pattern7.test(data13)) {
              const err30 = { instancePath: instancePath + "/dpa/signedOn", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema36, data: data13 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = { instancePath: instancePath + "/dpa/signedOn", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data13 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/dpa", schemaPath: "#/properties/dpa/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.dpa.anyOf[1].type, parentSchema: schema31.properties.dpa.anyOf[1], data: data10 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      var _valid0 = _errs31 === errors;
      valid5 = valid5 || _valid0;
      if (!valid5) {
        const err33 = { instancePath: instancePath + "/dpa", schemaPath: "#/properties/dpa/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema31.properties.dpa.anyOf, parentSchema: schema31.properties.dpa, data: data10 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      } else {
        errors = _errs27;
        if (vErrors !== null) {
          if (_errs27) {
            vErrors.length = _errs27;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.processing !== void 0) {
      let data14 = data.processing;
      if (!(data14 && typeof data14 == "object" && !Array.isArray(data14)) && data14 !== null) {
        const err34 = { instancePath: instancePath + "/processing", schemaPath: "#/properties/processing/type", keyword: "type", params: { type: schema31.properties.processing.type }, message: "must be object,null", schema: schema31.properties.processing.type, parentSchema: schema31.properties.processing, data: data14 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        for (const key4 in data14) {
          if (!(key4 === "dataCategories" || key4 === "specialCategories" || key4 === "dataSubjects" || key4 === "purposes" || key4 === "legalBasis" || key4 === "criminalOffenceData" || key4 === "securityMeasures" || key4 === "criminalOffenceAuthority")) {
            const err35 = { instancePath: instancePath + "/processing", schemaPath: "#/properties/processing/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.processing, data: data14 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data14.dataCategories !== void 0) {
          if (!validate21(data14.dataCategories, { instancePath: instancePath + "/processing/dataCategories", parentData: data14, parentDataProperty: "dataCategories", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
        if (data14.specialCategories !== void 0) {
          let data16 = data14.specialCategories;
          if (Array.isArray(data16)) {
            const len0 = data16.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data17 = data16[i0];
              if (!(data17 === "health" || data17 === "biometric" || data17 === "genetic" || data17 === "racial-ethnic" || data17 === "political" || data17 === "religious" || data17 === "trade-union" || data17 === "sex-life")) {
                const err36 = { instancePath: instancePath + "/processing/specialCategories/" + i0, schemaPath: "#/properties/processing/properties/specialCategories/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.processing.properties.specialCategories.items.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.processing.properties.specialCategories.items.enum, parentSchema: schema31.properties.processing.properties.specialCategories.items, data: data17 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            let i1 = data16.length;
            let j0;
            if (i1 > 1) {
              outer0: for (; i1--; ) {
                for (j0 = i1; j0--; ) {
                  if (func0(data16[i1], data16[j0])) {
                    const err37 = { instancePath: instancePath + "/processing/specialCategories", schemaPath: "#/properties/processing/properties/specialCategories/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema31.properties.processing.properties.specialCategories, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                    break outer0;
                  }
                }
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/processing/specialCategories", schemaPath: "#/properties/processing/properties/specialCategories/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.processing.properties.specialCategories.type, parentSchema: schema31.properties.processing.properties.specialCategories, data: data16 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data14.dataSubjects !== void 0) {
          if (!validate21(data14.dataSubjects, { instancePath: instancePath + "/processing/dataSubjects", parentData: data14, parentDataProperty: "dataSubjects", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
        if (data14.purposes !== void 0) {
          let data19 = data14.purposes;
          if (Array.isArray(data19)) {
            if (data19.length < 1) {
              const err39 = { instancePath: instancePath + "/processing/purposes", schemaPath: "#/properties/processing/properties/purposes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.processing.properties.purposes, data: data19 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            const len1 = data19.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data20 = data19[i2];
              if (typeof data20 === "string") {
                if (func2(data20) < 1) {
                  const err40 = { instancePath: instancePath + "/processing/purposes/" + i2, schemaPath: "#/properties/processing/properties/purposes/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.processing.properties.purposes.items, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              } else {
                const err41 = { instancePath: instancePath + "/processing/purposes/" + i2, schemaPath: "#/properties/processing/properties/purposes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.processing.properties.purposes.items.type, parentSchema: schema31.properties.processing.properties.purposes.items, data: data20 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
          } else {
            const err42 = { instancePath: instancePath + "/processing/purposes", schemaPath: "#/properties/processing/properties/purposes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.processing.properties.purposes.type, parentSchema: schema31.properties.processing.properties.purposes, data: data19 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data14.legalBasis !== void 0) {
          let data21 = data14.legalBasis;
          if (Array.isArray(data21)) {
            if (data21.length < 1) {
              const err43 = { instancePath: instancePath + "/processing/legalBasis", schemaPath: "#/properties/processing/properties/legalBasis/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.processing.properties.legalBasis, data: data21 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            const len2 = data21.length;
            for (let i3 = 0; i3 < len2; i3++) {
              let data22 = data21[i3];
              if (!(data22 === "consent" || data22 === "contract" || data22 === "legal-obligation" || data22 === "vital-interests" || data22 === "public-task" || data22 === "legitimate-interests")) {
                const err44 = { instancePath: instancePath + "/processing/legalBasis/" + i3, schemaPath: "#/properties/processing/properties/legalBasis/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.processing.properties.legalBasis.items.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.processing.properties.legalBasis.items.enum, parentSchema: schema31.properties.processing.properties.legalBasis.items, data: data22 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            let i4 = data21.length;
            let j1;
            if (i4 > 1) {
              outer1: for (; i4--; ) {
                for (j1 = i4; j1--; ) {
                  if (func0(data21[i4], data21[j1])) {
                    const err45 = { instancePath: instancePath + "/processing/legalBasis", schemaPath: "#/properties/processing/properties/legalBasis/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i4 + " are identical)", schema: true, parentSchema: schema31.properties.processing.properties.legalBasis, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                    break outer1;
                  }
                }
              }
            }
          } else {
            const err46 = { instancePath: instancePath + "/processing/legalBasis", schemaPath: "#/properties/processing/properties/legalBasis/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.processing.properties.legalBasis.type, parentSchema: schema31.properties.processing.properties.legalBasis, data: data21 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data14.criminalOffenceData !== void 0) {
          let data23 = data14.criminalOffenceData;
          if (typeof data23 !== "boolean") {
            const err47 = { instancePath: instancePath + "/processing/criminalOffenceData", schemaPath: "#/properties/processing/properties/criminalOffenceData/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.processing.properties.criminalOffenceData.type, parentSchema: schema31.properties.processing.properties.criminalOffenceData, data: data23 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data14.securityMeasures !== void 0) {
          let data24 = data14.securityMeasures;
          if (typeof data24 === "string") {
            if (func2(data24) < 1) {
              const err48 = { instancePath: instancePath + "/processing/securityMeasures", schemaPath: "#/properties/processing/properties/securityMeasures/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.processing.properties.securityMeasures, data: data24 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          } else {
            const err49 = { instancePath: instancePath + "/processing/securityMeasures", schemaPath: "#/properties/processing/properties/securityMeasures/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.processing.properties.securityMeasures.type, parentSchema: schema31.properties.processing.properties.securityMeasures, data: data24 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data14.criminalOffenceAuthority !== void 0) {
          let data25 = data14.criminalOffenceAuthority;
          if (typeof data25 === "string") {
            if (func2(data25) < 1) {
              const err50 = { instancePath: instancePath + "/processing/criminalOffenceAuthority", schemaPath: "#/properties/processing/properties/criminalOffenceAuthority/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.processing.properties.criminalOffenceAuthority, data: data25 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          } else {
            const err51 = { instancePath: instancePath + "/processing/criminalOffenceAuthority", schemaPath: "#/properties/processing/properties/criminalOffenceAuthority/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.processing.properties.criminalOffenceAuthority.type, parentSchema: schema31.properties.processing.properties.criminalOffenceAuthority, data: data25 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
      }
    }
    if (data.hosting !== void 0) {
      let data26 = data.hosting;
      if (!Array.isArray(data26) && data26 !== null) {
        const err52 = { instancePath: instancePath + "/hosting", schemaPath: "#/properties/hosting/type", keyword: "type", params: { type: schema31.properties.hosting.type }, message: "must be array,null", schema: schema31.properties.hosting.type, parentSchema: schema31.properties.hosting, data: data26 };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
      if (Array.isArray(data26)) {
        const len3 = data26.length;
        for (let i5 = 0; i5 < len3; i5++) {
          let data27 = data26[i5];
          if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
            for (const key5 in data27) {
              if (!func1.call(schema31.properties.hosting.items.properties, key5)) {
                const err53 = { instancePath: instancePath + "/hosting/" + i5, schemaPath: "#/properties/hosting/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.hosting.items, data: data27 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data27.provider !== void 0) {
              let data28 = data27.provider;
              if (typeof data28 === "string") {
                if (func2(data28) < 1) {
                  const err54 = { instancePath: instancePath + "/hosting/" + i5 + "/provider", schemaPath: "#/$defs/nonEmptyString/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
              } else {
                const err55 = { instancePath: instancePath + "/hosting/" + i5 + "/provider", schemaPath: "#/$defs/nonEmptyString/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data28 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data27.region !== void 0) {
              let data29 = data27.region;
              if (typeof data29 === "string") {
                if (func2(data29) < 1) {
                  const err56 = { instancePath: instancePath + "/hosting/" + i5 + "/region", schemaPath: "#/$defs/nonEmptyString/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
              } else {
                const err57 = { instancePath: instancePath + "/hosting/" + i5 + "/region", schemaPath: "#/$defs/nonEmptyString/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data29 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data27.country !== void 0) {
              let data30 = data27.country;
              if (typeof data30 === "string") {
                if (func2(data30) < 1) {
                  const err58 = { instancePath: instancePath + "/hosting/" + i5 + "/country", schemaPath: "#/$defs/country/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
              } else {
                const err59 = { instancePath: instancePath + "/hosting/" + i5 + "/country", schemaPath: "#/$defs/country/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data30 };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            if (data27.purpose !== void 0) {
              let data31 = data27.purpose;
              if (typeof data31 !== "string") {
                const err60 = { instancePath: instancePath + "/hosting/" + i5 + "/purpose", schemaPath: "#/properties/hosting/items/properties/purpose/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.hosting.items.properties.purpose.type, parentSchema: schema31.properties.hosting.items.properties.purpose, data: data31 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data27.transferMechanism !== void 0) {
              let data32 = data27.transferMechanism;
              if (!(data32 === "none" || data32 === "adequacy" || data32 === "dpf" || data32 === "scc" || data32 === "bcr" || data32 === "derogation" || data32 === "privacy-shield")) {
                const err61 = { instancePath: instancePath + "/hosting/" + i5 + "/transferMechanism", schemaPath: "#/$defs/transferMechanism/enum", keyword: "enum", params: { allowedValues: schema42.enum }, message: "must be equal to one of the allowed values", schema: schema42.enum, parentSchema: schema42, data: data32 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data27.dpfCertified !== void 0) {
              let data33 = data27.dpfCertified;
              if (typeof data33 !== "boolean") {
                const err62 = { instancePath: instancePath + "/hosting/" + i5 + "/dpfCertified", schemaPath: "#/properties/hosting/items/properties/dpfCertified/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.hosting.items.properties.dpfCertified.type, parentSchema: schema31.properties.hosting.items.properties.dpfCertified, data: data33 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data27.derogationReason !== void 0) {
              let data34 = data27.derogationReason;
              if (typeof data34 === "string") {
                if (func2(data34) < 1) {
                  const err63 = { instancePath: instancePath + "/hosting/" + i5 + "/derogationReason", schemaPath: "#/$defs/nonEmptyString/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32, data: data34 };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
              } else {
                const err64 = { instancePath: instancePath + "/hosting/" + i5 + "/derogationReason", schemaPath: "#/$defs/nonEmptyString/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data34 };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            if (data27.scc !== void 0) {
              let data35 = data27.scc;
              if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                if (data35.version === void 0) {
                  const err65 = { instancePath: instancePath + "/hosting/" + i5 + "/scc", schemaPath: "#/$defs/scc/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema44.required, parentSchema: schema44, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
                for (const key6 in data35) {
                  if (!(key6 === "version" || key6 === "module")) {
                    const err66 = { instancePath: instancePath + "/hosting/" + i5 + "/scc", schemaPath: "#/$defs/scc/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                }
                if (data35.version !== void 0) {
                  let data36 = data35.version;
                  if (!(data36 === "2021/914" || data36 === "2010/87" || data36 === "2004/915" || data36 === "2001/497")) {
                    const err67 = { instancePath: instancePath + "/hosting/" + i5 + "/scc/version", schemaPath: "#/$defs/scc/properties/version/enum", keyword: "enum", params: { allowedValues: schema44.properties.version.enum }, message: "must be equal to one of the allowed values", schema: schema44.properties.version.enum, parentSchema: schema44.properties.version, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err67];
                    } else {
                      vErrors.push(err67);
                    }
                    errors++;
                  }
                }
                if (data35.module !== void 0) {
                  let data37 = data35.module;
                  if (!(typeof data37 == "number" && (!(data37 % 1) && !isNaN(data37)) && isFinite(data37))) {
                    const err68 = { instancePath: instancePath + "/hosting/" + i5 + "/scc/module", schemaPath: "#/$defs/scc/properties/module/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema44.properties.module.type, parentSchema: schema44.properties.module, data: data37 };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                  if (typeof data37 == "number" && isFinite(data37)) {
                    if (data37 > 4 || isNaN(data37)) {
                      const err69 = { instancePath: instancePath + "/hosting/" + i5 + "/scc/module", schemaPath: "#/$defs/scc/properties/module/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4 }, message: "must be <= 4", schema: 4, parentSchema: schema44.properties.module, data: data37 };
                      if (vErrors === null) {
                        vErrors = [err69];
                      } else {
                        vErrors.push(err69);
                      }
                      errors++;
                    }
                    if (data37 < 1 || isNaN(data37)) {
                      const err70 = { instancePath: instancePath + "/hosting/" + i5 + "/scc/module", schemaPath: "#/$defs/scc/properties/module/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema44.properties.module, data: data37 };
                      if (vErrors === null) {
                        vErrors = [err70];
                      } else {
                        vErrors.push(err70);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err71 = { instancePath: instancePath + "/hosting/" + i5 + "/scc", schemaPath: "#/$defs/scc/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data: data35 };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            if (data27.tia !== void 0) {
              let data38 = data27.tia;
              if (typeof data38 === "string") {
                if (func2(data38) < 1) {
                  const err72 = { instancePath: instancePath + "/hosting/" + i5 + "/tia", schemaPath: "#/$defs/nonEmptyString/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32, data: data38 };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
              } else {
                const err73 = { instancePath: instancePath + "/hosting/" + i5 + "/tia", schemaPath: "#/$defs/nonEmptyString/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data38 };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
          } else {
            const err74 = { instancePath: instancePath + "/hosting/" + i5, schemaPath: "#/properties/hosting/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.hosting.items.type, parentSchema: schema31.properties.hosting.items, data: data27 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
      }
    }
    if (data.subprocessors !== void 0) {
      let data39 = data.subprocessors;
      if (!Array.isArray(data39) && data39 !== null) {
        const err75 = { instancePath: instancePath + "/subprocessors", schemaPath: "#/properties/subprocessors/type", keyword: "type", params: { type: schema31.properties.subprocessors.type }, message: "must be array,null", schema: schema31.properties.subprocessors.type, parentSchema: schema31.properties.subprocessors, data: data39 };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
      if (Array.isArray(data39)) {
        const len4 = data39.length;
        for (let i6 = 0; i6 < len4; i6++) {
          let data40 = data39[i6];
          if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
            if (data40.name === void 0) {
              const err76 = { instancePath: instancePath + "/subprocessors/" + i6, schemaPath: "#/properties/subprocessors/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.properties.subprocessors.items.required, parentSchema: schema31.properties.subprocessors.items, data: data40 };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
            if (data40.country === void 0) {
              const err77 = { instancePath: instancePath + "/subprocessors/" + i6, schemaPath: "#/properties/subprocessors/items/required", keyword: "required", params: { missingProperty: "country" }, message: "must have required property 'country'", schema: schema31.properties.subprocessors.items.required, parentSchema: schema31.properties.subprocessors.items, data: data40 };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
            for (const key7 in data40) {
              if (!func1.call(schema31.properties.subprocessors.items.properties, key7)) {
                const err78 = { instancePath: instancePath + "/subprocessors/" + i6, schemaPath: "#/properties/subprocessors/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.subprocessors.items, data: data40 };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            }
            if (data40.name !== void 0) {
              let data41 = data40.name;
              if (typeof data41 === "string") {
                if (func2(data41) < 1) {
                  const err79 = { instancePath: instancePath + "/subprocessors/" + i6 + "/name", schemaPath: "#/$defs/nonEmptyString/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32, data: data41 };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
              } else {
                const err80 = { instancePath: instancePath + "/subprocessors/" + i6 + "/name", schemaPath: "#/$defs/nonEmptyString/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data41 };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
            if (data40.purpose !== void 0) {
              let data42 = data40.purpose;
              if (typeof data42 !== "string") {
                const err81 = { instancePath: instancePath + "/subprocessors/" + i6 + "/purpose", schemaPath: "#/properties/subprocessors/items/properties/purpose/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.subprocessors.items.properties.purpose.type, parentSchema: schema31.properties.subprocessors.items.properties.purpose, data: data42 };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            if (data40.country !== void 0) {
              let data43 = data40.country;
              if (typeof data43 === "string") {
                if (func2(data43) < 1) {
                  const err82 = { instancePath: instancePath + "/subprocessors/" + i6 + "/country", schemaPath: "#/$defs/country/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data43 };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
              } else {
                const err83 = { instancePath: instancePath + "/subprocessors/" + i6 + "/country", schemaPath: "#/$defs/country/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data43 };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
            if (data40.transferMechanism !== void 0) {
              let data44 = data40.transferMechanism;
              if (!(data44 === "none" || data44 === "adequacy" || data44 === "dpf" || data44 === "scc" || data44 === "bcr" || data44 === "derogation" || data44 === "privacy-shield")) {
                const err84 = { instancePath: instancePath + "/subprocessors/" + i6 + "/transferMechanism", schemaPath: "#/$defs/transferMechanism/enum", keyword: "enum", params: { allowedValues: schema42.enum }, message: "must be equal to one of the allowed values", schema: schema42.enum, parentSchema: schema42, data: data44 };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
            if (data40.dpfCertified !== void 0) {
              let data45 = data40.dpfCertified;
              if (typeof data45 !== "boolean") {
                const err85 = { instancePath: instancePath + "/subprocessors/" + i6 + "/dpfCertified", schemaPath: "#/properties/subprocessors/items/properties/dpfCertified/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.subprocessors.items.properties.dpfCertified.type, parentSchema: schema31.properties.subprocessors.items.properties.dpfCertified, data: data45 };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
            if (data40.derogationReason !== void 0) {
              let data46 = data40.derogationReason;
              if (typeof data46 === "string") {
                if (func2(data46) < 1) {
                  const err86 = { instancePath: instancePath + "/subprocessors/" + i6 + "/derogationReason", schemaPath: "#/$defs/nonEmptyString/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32, data: data46 };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
              } else {
                const err87 = { instancePath: instancePath + "/subprocessors/" + i6 + "/derogationReason", schemaPath: "#/$defs/nonEmptyString/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data46 };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
            if (data40.since !== void 0) {
              let data47 = data40.since;
              if (typeof data47 === "string") {
                if (!pattern7.test(data47)) {
                  const err88 = { instancePath: instancePath + "/subprocessors/" + i6 + "/since", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema36, data: data47 };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
              } else {
                const err89 = { instancePath: instancePath + "/subprocessors/" + i6 + "/since", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data47 };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
            if (data40.scc !== void 0) {
              let data48 = data40.scc;
              if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
                if (data48.version === void 0) {
                  const err90 = { instancePath: instancePath + "/subprocessors/" + i6 + "/scc", schemaPath: "#/$defs/scc/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema44.required, parentSchema: schema44, data: data48 };
                  if (vErrors === null) {
                    vErrors = [err90];
                  } else {
                    vErrors.push(err90);
                  }
                  errors++;
                }
                for (const key8 in data48) {
                  if (!(key8 === "version" || key8 === "module")) {
                    const err91 = { instancePath: instancePath + "/subprocessors/" + i6 + "/scc", schemaPath: "#/$defs/scc/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44, data: data48 };
                    if (vErrors === null) {
                      vErrors = [err91];
                    } else {
                      vErrors.push(err91);
                    }
                    errors++;
                  }
                }
                if (data48.version !== void 0) {
                  let data49 = data48.version;
                  if (!(data49 === "2021/914" || data49 === "2010/87" || data49 === "2004/915" || data49 === "2001/497")) {
                    const err92 = { instancePath: instancePath + "/subprocessors/" + i6 + "/scc/version", schemaPath: "#/$defs/scc/properties/version/enum", keyword: "enum", params: { allowedValues: schema44.properties.version.enum }, message: "must be equal to one of the allowed values", schema: schema44.properties.version.enum, parentSchema: schema44.properties.version, data: data49 };
                    if (vErrors === null) {
                      vErrors = [err92];
                    } else {
                      vErrors.push(err92);
                    }
                    errors++;
                  }
                }
                if (data48.module !== void 0) {
                  let data50 = data48.module;
                  if (!(typeof data50 == "number" && (!(data50 % 1) && !isNaN(data50)) && isFinite(data50))) {
                    const err93 = { instancePath: instancePath + "/subprocessors/" + i6 + "/scc/module", schemaPath: "#/$defs/scc/properties/module/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema44.properties.module.type, parentSchema: schema44.properties.module, data: data50 };
                    if (vErrors === null) {
                      vErrors = [err93];
                    } else {
                      vErrors.push(err93);
                    }
                    errors++;
                  }
                  if (typeof data50 == "number" && isFinite(data50)) {
                    if (data50 > 4 || isNaN(data50)) {
                      const err94 = { instancePath: instancePath + "/subprocessors/" + i6 + "/scc/module", schemaPath: "#/$defs/scc/properties/module/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4 }, message: "must be <= 4", schema: 4, parentSchema: schema44.properties.module, data: data50 };
                      if (vErrors === null) {
                        vErrors = [err94];
                      } else {
                        vErrors.push(err94);
                      }
                      errors++;
                    }
                    if (data50 < 1 || isNaN(data50)) {
                      const err95 = { instancePath: instancePath + "/subprocessors/" + i6 + "/scc/module", schemaPath: "#/$defs/scc/properties/module/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema44.properties.module, data: data50 };
                      if (vErrors === null) {
                        vErrors = [err95];
                      } else {
                        vErrors.push(err95);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err96 = { instancePath: instancePath + "/subprocessors/" + i6 + "/scc", schemaPath: "#/$defs/scc/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data: data48 };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
            }
            if (data40.tia !== void 0) {
              let data51 = data40.tia;
              if (typeof data51 === "string") {
                if (func2(data51) < 1) {
                  const err97 = { instancePath: instancePath + "/subprocessors/" + i6 + "/tia", schemaPath: "#/$defs/nonEmptyString/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32, data: data51 };
                  if (vErrors === null) {
                    vErrors = [err97];
                  } else {
                    vErrors.push(err97);
                  }
                  errors++;
                }
              } else {
                const err98 = { instancePath: instancePath + "/subprocessors/" + i6 + "/tia", schemaPath: "#/$defs/nonEmptyString/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data51 };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
            }
            if (data40.writtenContract !== void 0) {
              let data52 = data40.writtenContract;
              if (typeof data52 !== "boolean") {
                const err99 = { instancePath: instancePath + "/subprocessors/" + i6 + "/writtenContract", schemaPath: "#/properties/subprocessors/items/properties/writtenContract/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.subprocessors.items.properties.writtenContract.type, parentSchema: schema31.properties.subprocessors.items.properties.writtenContract, data: data52 };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
            }
            if (data40.dataLocalisation !== void 0) {
              let data53 = data40.dataLocalisation;
              if (typeof data53 !== "boolean") {
                const err100 = { instancePath: instancePath + "/subprocessors/" + i6 + "/dataLocalisation", schemaPath: "#/properties/subprocessors/items/properties/dataLocalisation/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.subprocessors.items.properties.dataLocalisation.type, parentSchema: schema31.properties.subprocessors.items.properties.dataLocalisation, data: data53 };
                if (vErrors === null) {
                  vErrors = [err100];
                } else {
                  vErrors.push(err100);
                }
                errors++;
              }
            }
          } else {
            const err101 = { instancePath: instancePath + "/subprocessors/" + i6, schemaPath: "#/properties/subprocessors/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.subprocessors.items.type, parentSchema: schema31.properties.subprocessors.items, data: data40 };
            if (vErrors === null) {
              vErrors = [err101];
            } else {
              vErrors.push(err101);
            }
            errors++;
          }
        }
      }
    }
    if (data.retention !== void 0) {
      let data54 = data.retention;
      if (!(data54 && typeof data54 == "object" && !Array.isArray(data54)) && data54 !== null) {
        const err102 = { instancePath: instancePath + "/retention", schemaPath: "#/properties/retention/type", keyword: "type", params: { type: schema31.properties.retention.type }, message: "must be object,null", schema: schema31.properties.retention.type, parentSchema: schema31.properties.retention, data: data54 };
        if (vErrors === null) {
          vErrors = [err102];
        } else {
          vErrors.push(err102);
        }
        errors++;
      }
      if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
        for (const key9 in data54) {
          const _errs138 = errors;
          if (typeof key9 === "string") {
            if (func2(key9) < 1) {
              const err103 = { instancePath: instancePath + "/retention", schemaPath: "#/$defs/categoryName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38, data: key9, propertyName: key9 };
              if (vErrors === null) {
                vErrors = [err103];
              } else {
                vErrors.push(err103);
              }
              errors++;
            }
          } else {
            const err104 = { instancePath: instancePath + "/retention", schemaPath: "#/$defs/categoryName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: key9, propertyName: key9 };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
          var valid41 = _errs138 === errors;
          if (!valid41) {
            const err105 = { instancePath: instancePath + "/retention", schemaPath: "#/properties/retention/propertyNames", keyword: "propertyNames", params: { propertyName: key9 }, message: "property name must be valid", schema: schema31.properties.retention.propertyNames, parentSchema: schema31.properties.retention, data: data54 };
            if (vErrors === null) {
              vErrors = [err105];
            } else {
              vErrors.push(err105);
            }
            errors++;
          }
        }
        for (const key10 in data54) {
          if (!validate24(data54[key10], { instancePath: instancePath + "/retention/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data54, parentDataProperty: key10, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.subprocessorChanges !== void 0) {
      let data56 = data.subprocessorChanges;
      if (!Array.isArray(data56) && data56 !== null) {
        const err106 = { instancePath: instancePath + "/subprocessorChanges", schemaPath: "#/properties/subprocessorChanges/type", keyword: "type", params: { type: schema31.properties.subprocessorChanges.type }, message: "must be array,null", schema: schema31.properties.subprocessorChanges.type, parentSchema: schema31.properties.subprocessorChanges, data: data56 };
        if (vErrors === null) {
          vErrors = [err106];
        } else {
          vErrors.push(err106);
        }
        errors++;
      }
      if (Array.isArray(data56)) {
        const len5 = data56.length;
        for (let i7 = 0; i7 < len5; i7++) {
          let data57 = data56[i7];
          if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
            if (data57.subprocessor === void 0) {
              const err107 = { instancePath: instancePath + "/subprocessorChanges/" + i7, schemaPath: "#/properties/subprocessorChanges/items/required", keyword: "required", params: { missingProperty: "subprocessor" }, message: "must have required property 'subprocessor'", schema: schema31.properties.subprocessorChanges.items.required, parentSchema: schema31.properties.subprocessorChanges.items, data: data57 };
              if (vErrors === null) {
                vErrors = [err107];
              } else {
                vErrors.push(err107);
              }
              errors++;
            }
            if (data57.change === void 0) {
              const err108 = { instancePath: instancePath + "/subprocessorChanges/" + i7, schemaPath: "#/properties/subprocessorChanges/items/required", keyword: "required", params: { missingProperty: "change" }, message: "must have required property 'change'", schema: schema31.properties.subprocessorChanges.items.required, parentSchema: schema31.properties.subprocessorChanges.items, data: data57 };
              if (vErrors === null) {
                vErrors = [err108];
              } else {
                vErrors.push(err108);
              }
              errors++;
            }
            if (data57.noticeReceived === void 0) {
              const err109 = { instancePath: instancePath + "/subprocessorChanges/" + i7, schemaPath: "#/properties/subprocessorChanges/items/required", keyword: "required", params: { missingProperty: "noticeReceived" }, message: "must have required property 'noticeReceived'", schema: schema31.properties.subprocessorChanges.items.required, parentSchema: schema31.properties.subprocessorChanges.items, data: data57 };
              if (vErrors === null) {
                vErrors = [err109];
              } else {
                vErrors.push(err109);
              }
              errors++;
            }
            if (data57.effective === void 0) {
              const err110 = { instancePath: instancePath + "/subprocessorChanges/" + i7, schemaPath: "#/properties/subprocessorChanges/items/required", keyword: "required", params: { missingProperty: "effective" }, message: "must have required property 'effective'", schema: schema31.properties.subprocessorChanges.items.required, parentSchema: schema31.properties.subprocessorChanges.items, data: data57 };
              if (vErrors === null) {
                vErrors = [err110];
              } else {
                vErrors.push(err110);
              }
              errors++;
            }
            for (const key11 in data57) {
              if (!(key11 === "subprocessor" || key11 === "change" || key11 === "replaces" || key11 === "noticeReceived" || key11 === "effective" || key11 === "objection")) {
                const err111 = { instancePath: instancePath + "/subprocessorChanges/" + i7, schemaPath: "#/properties/subprocessorChanges/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.subprocessorChanges.items, data: data57 };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
            }
            if (data57.subprocessor !== void 0) {
              let data58 = data57.subprocessor;
              if (typeof data58 === "string") {
                if (func2(data58) < 1) {
                  const err112 = { instancePath: instancePath + "/subprocessorChanges/" + i7 + "/subprocessor", schemaPath: "#/$defs/nonEmptyString/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32, data: data58 };
                  if (vErrors === null) {
                    vErrors = [err112];
                  } else {
                    vErrors.push(err112);
                  }
                  errors++;
                }
              } else {
                const err113 = { instancePath: instancePath + "/subprocessorChanges/" + i7 + "/subprocessor", schemaPath: "#/$defs/nonEmptyString/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data58 };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
            }
            if (data57.change !== void 0) {
              let data59 = data57.change;
              if (!(data59 === "add" || data59 === "replace" || data59 === "remove")) {
                const err114 = { instancePath: instancePath + "/subprocessorChanges/" + i7 + "/change", schemaPath: "#/properties/subprocessorChanges/items/properties/change/enum", keyword: "enum", params: { allowedValues: schema31.properties.subprocessorChanges.items.properties.change.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.subprocessorChanges.items.properties.change.enum, parentSchema: schema31.properties.subprocessorChanges.items.properties.change, data: data59 };
                if (vErrors === null) {
                  vErrors = [err114];
                } else {
                  vErrors.push(err114);
                }
                errors++;
              }
            }
            if (data57.replaces !== void 0) {
              let data60 = data57.replaces;
              if (typeof data60 === "string") {
                if (func2(data60) < 1) {
                  const err115 = { instancePath: instancePath + "/subprocessorChanges/" + i7 + "/replaces", schemaPath: "#/$defs/nonEmptyString/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32, data: data60 };
                  if (vErrors === null) {
                    vErrors = [err115];
                  } else {
                    vErrors.push(err115);
                  }
                  errors++;
                }
              } else {
                const err116 = { instancePath: instancePath + "/subprocessorChanges/" + i7 + "/replaces", schemaPath: "#/$defs/nonEmptyString/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data60 };
                if (vErrors === null) {
                  vErrors = [err116];
                } else {
                  vErrors.push(err116);
                }
                errors++;
              }
            }
            if (data57.noticeReceived !== void 0) {
              let data61 = data57.noticeReceived;
              if (typeof data61 === "string") {
                if (!pattern7.test(data61)) {
                  const err117 = { instancePath: instancePath + "/subprocessorChanges/" + i7 + "/noticeReceived", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema36, data: data61 };
                  if (vErrors === null) {
                    vErrors = [err117];
                  } else {
                    vErrors.push(err117);
                  }
                  errors++;
                }
              } else {
                const err118 = { instancePath: instancePath + "/subprocessorChanges/" + i7 + "/noticeReceived", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data61 };
                if (vErrors === null) {
                  vErrors = [err118];
                } else {
                  vErrors.push(err118);
                }
                errors++;
              }
            }
            if (data57.effective !== void 0) {
              let data62 = data57.effective;
              if (typeof data62 === "string") {
                if (!pattern7.test(data62)) {
                  const err119 = { instancePath: instancePath + "/subprocessorChanges/" + i7 + "/effective", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema36, data: data62 };
                  if (vErrors === null) {
                    vErrors = [err119];
                  } else {
                    vErrors.push(err119);
                  }
                  errors++;
                }
              } else {
                const err120 = { instancePath: instancePath + "/subprocessorChanges/" + i7 + "/effective", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data62 };
                if (vErrors === null) {
                  vErrors = [err120];
                } else {
                  vErrors.push(err120);
                }
                errors++;
              }
            }
            if (data57.objection !== void 0) {
              let data63 = data57.objection;
              if (!(data63 === "none" || data63 === "raised" || data63 === "waived")) {
                const err121 = { instancePath: instancePath + "/subprocessorChanges/" + i7 + "/objection", schemaPath: "#/properties/subprocessorChanges/items/properties/objection/enum", keyword: "enum", params: { allowedValues: schema31.properties.subprocessorChanges.items.properties.objection.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.subprocessorChanges.items.properties.objection.enum, parentSchema: schema31.properties.subprocessorChanges.items.properties.objection, data: data63 };
                if (vErrors === null) {
                  vErrors = [err121];
                } else {
                  vErrors.push(err121);
                }
                errors++;
              }
            }
          } else {
            const err122 = { instancePath: instancePath + "/subprocessorChanges/" + i7, schemaPath: "#/properties/subprocessorChanges/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.subprocessorChanges.items.type, parentSchema: schema31.properties.subprocessorChanges.items, data: data57 };
            if (vErrors === null) {
              vErrors = [err122];
            } else {
              vErrors.push(err122);
            }
            errors++;
          }
        }
      }
    }
    if (data.contract !== void 0) {
      let data64 = data.contract;
      if (!(data64 && typeof data64 == "object" && !Array.isArray(data64)) && data64 !== null) {
        const err123 = { instancePath: instancePath + "/contract", schemaPath: "#/properties/contract/type", keyword: "type", params: { type: schema31.properties.contract.type }, message: "must be object,null", schema: schema31.properties.contract.type, parentSchema: schema31.properties.contract, data: data64 };
        if (vErrors === null) {
          vErrors = [err123];
        } else {
          vErrors.push(err123);
        }
        errors++;
      }
      if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
        for (const key12 in data64) {
          if (!(key12 === "objectionWindow" || key12 === "priorNotice" || key12 === "breachNotification" || key12 === "auditsPerYear" || key12 === "auditNotice" || key12 === "renewal" || key12 === "nextAudit" || key12 === "endOfContract")) {
            const err124 = { instancePath: instancePath + "/contract", schemaPath: "#/properties/contract/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.contract, data: data64 };
            if (vErrors === null) {
              vErrors = [err124];
            } else {
              vErrors.push(err124);
            }
            errors++;
          }
        }
        if (data64.objectionWindow !== void 0) {
          let data65 = data64.objectionWindow;
          if (typeof data65 !== "string" && !(typeof data65 == "number" && (!(data65 % 1) && !isNaN(data65)) && isFinite(data65))) {
            const err125 = { instancePath: instancePath + "/contract/objectionWindow", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: schema55.type }, message: "must be string,integer", schema: schema55.type, parentSchema: schema55, data: data65 };
            if (vErrors === null) {
              vErrors = [err125];
            } else {
              vErrors.push(err125);
            }
            errors++;
          }
        }
        if (data64.priorNotice !== void 0) {
          let data66 = data64.priorNotice;
          if (typeof data66 !== "string" && !(typeof data66 == "number" && (!(data66 % 1) && !isNaN(data66)) && isFinite(data66))) {
            const err126 = { instancePath: instancePath + "/contract/priorNotice", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: schema55.type }, message: "must be string,integer", schema: schema55.type, parentSchema: schema55, data: data66 };
            if (vErrors === null) {
              vErrors = [err126];
            } else {
              vErrors.push(err126);
            }
            errors++;
          }
        }
        if (data64.breachNotification !== void 0) {
          let data67 = data64.breachNotification;
          if (typeof data67 !== "string" && !(typeof data67 == "number" && (!(data67 % 1) && !isNaN(data67)) && isFinite(data67))) {
            const err127 = { instancePath: instancePath + "/contract/breachNotification", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: schema55.type }, message: "must be string,integer", schema: schema55.type, parentSchema: schema55, data: data67 };
            if (vErrors === null) {
              vErrors = [err127];
            } else {
              vErrors.push(err127);
            }
            errors++;
          }
        }
        if (data64.auditsPerYear !== void 0) {
          let data68 = data64.auditsPerYear;
          if (!(typeof data68 == "number" && (!(data68 % 1) && !isNaN(data68)) && isFinite(data68))) {
            const err128 = { instancePath: instancePath + "/contract/auditsPerYear", schemaPath: "#/properties/contract/properties/auditsPerYear/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.contract.properties.auditsPerYear.type, parentSchema: schema31.properties.contract.properties.auditsPerYear, data: data68 };
            if (vErrors === null) {
              vErrors = [err128];
            } else {
              vErrors.push(err128);
            }
            errors++;
          }
          if (typeof data68 == "number" && isFinite(data68)) {
            if (data68 < 0 || isNaN(data68)) {
              const err129 = { instancePath: instancePath + "/contract/auditsPerYear", schemaPath: "#/properties/contract/properties/auditsPerYear/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.contract.properties.auditsPerYear, data: data68 };
              if (vErrors === null) {
                vErrors = [err129];
              } else {
                vErrors.push(err129);
              }
              errors++;
            }
          }
        }
        if (data64.auditNotice !== void 0) {
          let data69 = data64.auditNotice;
          if (typeof data69 !== "string" && !(typeof data69 == "number" && (!(data69 % 1) && !isNaN(data69)) && isFinite(data69))) {
            const err130 = { instancePath: instancePath + "/contract/auditNotice", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: schema55.type }, message: "must be string,integer", schema: schema55.type, parentSchema: schema55, data: data69 };
            if (vErrors === null) {
              vErrors = [err130];
            } else {
              vErrors.push(err130);
            }
            errors++;
          }
        }
        if (data64.renewal !== void 0) {
          let data70 = data64.renewal;
          if (typeof data70 === "string") {
            if (!pattern7.test(data70)) {
              const err131 = { instancePath: instancePath + "/contract/renewal", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema36, data: data70 };
              if (vErrors === null) {
                vErrors = [err131];
              } else {
                vErrors.push(err131);
              }
              errors++;
            }
          } else {
            const err132 = { instancePath: instancePath + "/contract/renewal", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data70 };
            if (vErrors === null) {
              vErrors = [err132];
            } else {
              vErrors.push(err132);
            }
            errors++;
          }
        }
        if (data64.nextAudit !== void 0) {
          let data71 = data64.nextAudit;
          if (typeof data71 === "string") {
            if (!pattern7.test(data71)) {
              const err133 = { instancePath: instancePath + "/contract/nextAudit", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema36, data: data71 };
              if (vErrors === null) {
                vErrors = [err133];
              } else {
                vErrors.push(err133);
              }
              errors++;
            }
          } else {
            const err134 = { instancePath: instancePath + "/contract/nextAudit", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data71 };
            if (vErrors === null) {
              vErrors = [err134];
            } else {
              vErrors.push(err134);
            }
            errors++;
          }
        }
        if (data64.endOfContract !== void 0) {
          let data72 = data64.endOfContract;
          if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
            if (data72.action === void 0) {
              const err135 = { instancePath: instancePath + "/contract/endOfContract", schemaPath: "#/properties/contract/properties/endOfContract/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'", schema: schema31.properties.contract.properties.endOfContract.required, parentSchema: schema31.properties.contract.properties.endOfContract, data: data72 };
              if (vErrors === null) {
                vErrors = [err135];
              } else {
                vErrors.push(err135);
              }
              errors++;
            }
            for (const key13 in data72) {
              if (!(key13 === "action" || key13 === "within")) {
                const err136 = { instancePath: instancePath + "/contract/endOfContract", schemaPath: "#/properties/contract/properties/endOfContract/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.contract.properties.endOfContract, data: data72 };
                if (vErrors === null) {
                  vErrors = [err136];
                } else {
                  vErrors.push(err136);
                }
                errors++;
              }
            }
            if (data72.action !== void 0) {
              let data73 = data72.action;
              if (!(data73 === "return" || data73 === "delete" || data73 === "return-then-delete" || data73 === "transfer")) {
                const err137 = { instancePath: instancePath + "/contract/endOfContract/action", schemaPath: "#/properties/contract/properties/endOfContract/properties/action/enum", keyword: "enum", params: { allowedValues: schema31.properties.contract.properties.endOfContract.properties.action.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.contract.properties.endOfContract.properties.action.enum, parentSchema: schema31.properties.contract.properties.endOfContract.properties.action, data: data73 };
                if (vErrors === null) {
                  vErrors = [err137];
                } else {
                  vErrors.push(err137);
                }
                errors++;
              }
            }
            if (data72.within !== void 0) {
              let data74 = data72.within;
              if (typeof data74 !== "string" && !(typeof data74 == "number" && (!(data74 % 1) && !isNaN(data74)) && isFinite(data74))) {
                const err138 = { instancePath: instancePath + "/contract/endOfContract/within", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: schema55.type }, message: "must be string,integer", schema: schema55.type, parentSchema: schema55, data: data74 };
                if (vErrors === null) {
                  vErrors = [err138];
                } else {
                  vErrors.push(err138);
                }
                errors++;
              }
            }
          } else {
            const err139 = { instancePath: instancePath + "/contract/endOfContract", schemaPath: "#/properties/contract/properties/endOfContract/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.contract.properties.endOfContract.type, parentSchema: schema31.properties.contract.properties.endOfContract, data: data72 };
            if (vErrors === null) {
              vErrors = [err139];
            } else {
              vErrors.push(err139);
            }
            errors++;
          }
        }
      }
    }
  } else {
    const err140 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err140];
    } else {
      vErrors.push(err140);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// packages/core/src/schema/validate.ts
function schemaValidator(jsonSchema, precompiled) {
  let compiled2 = precompiled;
  return (value) => {
    if (!compiled2) {
      const Ajv2020 = __require("ajv/dist/2020").default;
      const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
      ajv.addKeyword({ keyword: "x-message", schemaType: "string" });
      compiled2 = ajv.compile(jsonSchema);
    }
    return compiled2(value) ? [] : toProblems(compiled2.errors ?? []);
  };
}
var validateVendorSetup = schemaValidator(vendor_setup_schema_default, vendor_setup_validate_default);
function toProblems(errors) {
  const anyOfAt = errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath);
  const within = (path, parent) => path === parent || path.startsWith(`${parent}/`);
  const kept = errors.filter((e) => e.keyword !== "if" && (e.keyword === "anyOf" || !anyOfAt.some((p) => within(e.instancePath, p))));
  const problems = kept.map(toProblem);
  const seen = /* @__PURE__ */ new Set();
  return problems.filter((p) => {
    const where = JSON.stringify(p.path);
    const keys = [`${p.ruleId}\0${where}`, `${p.message}\0${where}`];
    if (keys.some((k) => seen.has(k))) return false;
    for (const k of keys) seen.add(k);
    return true;
  });
}
function toProblem(error) {
  const path = pointerToPath(error.instancePath);
  const where = path.length === 0 ? "the document" : formatPath(path);
  const custom = error.parentSchema?.["x-message"];
  const params = error.params;
  switch (error.keyword) {
    case "required": {
      const missing = String(params.missingProperty);
      return {
        ruleId: "schema/required",
        message: `${where} is missing the required field "${missing}"`,
        path: [...path, missing],
        atKey: false
      };
    }
    case "additionalProperties": {
      const extra = String(params.additionalProperty);
      return {
        ruleId: "schema/additional-properties",
        message: `unknown field "${extra}" in ${where}`,
        path: [...path, extra],
        atKey: true
      };
    }
    case "enum": {
      const allowed = params.allowedValues.map((v) => JSON.stringify(v)).join(", ");
      return { ruleId: "schema/enum", message: `${where} must be one of ${allowed}`, path, atKey: false };
    }
    case "propertyNames": {
      return {
        ruleId: "schema/property-names",
        message: `invalid key "${String(params.propertyName)}" in ${where}`,
        path: [...path, String(params.propertyName)],
        atKey: true
      };
    }
    default: {
      const rule = `schema/${error.keyword.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
      return { ruleId: rule, message: `${where} ${custom ?? error.message ?? "is invalid"}`, path, atKey: false };
    }
  }
}
function pointerToPath(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((raw) => raw.replace(/~1/g, "/").replace(/~0/g, "~")).map((seg) => /^(0|[1-9][0-9]*)$/.test(seg) ? Number(seg) : seg);
}

// packages/core/src/config/config.schema.json
var config_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://dpa-lint.dev/schemas/config-v1.json",
  title: "dpa-lint configuration (.dpa-lint.yaml)",
  type: "object",
  additionalProperties: false,
  properties: {
    include: {
      $ref: "#/$defs/globs",
      description: "Globs of the vendor files to lint, relative to this file (default: vendors/)."
    },
    exclude: {
      $ref: "#/$defs/globs",
      description: "Globs of files never to lint, relative to this file."
    },
    infrastructure: {
      $ref: "#/$defs/globs",
      description: "Terraform files or directories to read, relative to this file (for example infra/**/*.tf; default: none): what they deploy is judged against the vendor setups (docs/infrastructure.md)."
    },
    org: {
      type: "object",
      additionalProperties: false,
      properties: {
        allowedCountries: {
          type: "array",
          items: {
            type: "string",
            minLength: 1
          },
          minItems: 1,
          description: "Where the organisation allows its data: ISO codes and the groups EEA and adequacy (adequacy includes the EU-US Data Privacy Framework for an entry relying on it, certified; exclude it with forbiddenTransferMechanisms: [dpf])."
        },
        minObjectionWindow: {
          $ref: "#/$defs/duration",
          description: "The shortest objection window the organisation accepts."
        },
        minPriorNotice: {
          $ref: "#/$defs/duration",
          description: "The shortest prior notice of sub-processor changes the organisation accepts."
        },
        maxBreachNotification: {
          $ref: "#/$defs/duration",
          description: "The longest vendor breach-notification deadline the organisation accepts."
        },
        maxRetention: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/duration"
          },
          description: "The longest retention per data category, and a default for the others."
        },
        forbiddenTransferMechanisms: {
          type: "array",
          items: {
            enum: [
              "adequacy",
              "dpf",
              "scc",
              "bcr",
              "derogation"
            ]
          },
          description: "Transfer mechanisms the organisation will not rely on."
        }
      },
      description: "The organisation's own policy, on top of the DPAs and the GDPR."
    },
    policies: {
      type: "array",
      items: {
        anyOf: [
          {
            type: "string",
            minLength: 1
          },
          {
            type: "object",
            required: [
              "path",
              "verify"
            ],
            additionalProperties: false,
            properties: {
              path: {
                type: "string",
                minLength: 1,
                description: "The bundle directory (from dpa-lint policy build --sign-key), relative to this file."
              },
              verify: {
                type: "string",
                minLength: 1,
                description: "The public key (PEM; or the file holding an HMAC secret) its signature must verify with, relative to this file: a bundle whose signature or file hashes do not verify is refused."
              }
            }
          }
        ]
      },
      "x-message": "must be a list of policy directories, terms files or bundles relative to this file, npm:<package> or oci://<registry>/<repository>[:<tag>][@sha256:<digest>], each a path or {path, verify: key file}",
      description: "Policy packs every entry point loads: pack directories, terms files or bundles, relative to this file, npm:<package> (an installed npm package whose package.json names its pack, optionally @sha256:<digest>), or oci://<registry>/<repository>[:<tag>][@sha256:<digest>] (a pack pushed with dpa-lint policy push, pinned by its manifest digest for a gate; a tag alone is resolved at every run); {path, verify} requires a bundle's signature to verify with that key."
    },
    baseline: {
      type: "string",
      minLength: 1,
      "x-message": "must be the baseline file, relative to this file",
      description: "The baseline file every entry point applies, relative to this file."
    },
    docsBase: {
      type: "string",
      pattern: "^https?://[^\\s]+$",
      "x-message": "must be an http(s) URL: where dpa-lint's rule pages (docs/rules/) are published",
      description: "Where dpa-lint's own rule pages (the repository's docs/rules/) are published, for example a mirror or a release tag: findings' docsUrl and SARIF helpUri point under it. Default: https://github.com/dpa-lint/dpa-lint/blob/main/docs/rules/."
    },
    asOf: {
      type: "string",
      pattern: "^\\d{4}-\\d{2}-\\d{2}$",
      "x-message": "must be a date written YYYY-MM-DD: the day whose legal facts judge the setups",
      description: "Judge by the legal facts in force on this day (YYYY-MM-DD) instead of today."
    },
    rules: {
      $ref: "#/$defs/ruleSettings",
      description: "Rule settings: a rule id or <pack>/* to off, info, warning or error."
    },
    overrides: {
      type: "array",
      items: {
        type: "object",
        required: [
          "files",
          "rules"
        ],
        additionalProperties: false,
        properties: {
          files: {
            $ref: "#/$defs/globs",
            description: "Globs of the files these settings apply to."
          },
          rules: {
            $ref: "#/$defs/ruleSettings",
            description: "The rule settings for those files."
          }
        }
      },
      description: "Rule settings for some files: {files: [globs], rules: {...}}, applied in order."
    }
  },
  $defs: {
    globs: {
      type: "array",
      items: {
        type: "string",
        minLength: 1
      }
    },
    duration: {
      type: [
        "string",
        "integer"
      ],
      "x-message": 'must be a duration such as "10 days", "48 hours" or "3 years"'
    },
    ruleSettings: {
      type: "object",
      propertyNames: {
        pattern: "^[a-z0-9*][a-z0-9_*-]*(/[a-z0-9*][a-z0-9*-]*)?$"
      },
      additionalProperties: {
        enum: [
          "off",
          "info",
          "warning",
          "error"
        ]
      }
    }
  }
};

// packages/core/src/schema/generated/config.validate.ts
var config_validate_default = validate202;
var schema312 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://dpa-lint.dev/schemas/config-v1.json", "title": "dpa-lint configuration (.dpa-lint.yaml)", "type": "object", "additionalProperties": false, "properties": { "include": { "$ref": "#/$defs/globs", "description": "Globs of the vendor files to lint, relative to this file (default: vendors/)." }, "exclude": { "$ref": "#/$defs/globs", "description": "Globs of files never to lint, relative to this file." }, "infrastructure": { "$ref": "#/$defs/globs", "description": "Terraform files or directories to read, relative to this file (for example infra/**/*.tf; default: none): what they deploy is judged against the vendor setups (docs/infrastructure.md)." }, "org": { "type": "object", "additionalProperties": false, "properties": { "allowedCountries": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1, "description": "Where the organisation allows its data: ISO codes and the groups EEA and adequacy (adequacy includes the EU-US Data Privacy Framework for an entry relying on it, certified; exclude it with forbiddenTransferMechanisms: [dpf])." }, "minObjectionWindow": { "$ref": "#/$defs/duration", "description": "The shortest objection window the organisation accepts." }, "minPriorNotice": { "$ref": "#/$defs/duration", "description": "The shortest prior notice of sub-processor changes the organisation accepts." }, "maxBreachNotification": { "$ref": "#/$defs/duration", "description": "The longest vendor breach-notification deadline the organisation accepts." }, "maxRetention": { "type": "object", "additionalProperties": { "$ref": "#/$defs/duration" }, "description": "The longest retention per data category, and a default for the others." }, "forbiddenTransferMechanisms": { "type": "array", "items": { "enum": ["adequacy", "dpf", "scc", "bcr", "derogation"] }, "description": "Transfer mechanisms the organisation will not rely on." } }, "description": "The organisation's own policy, on top of the DPAs and the GDPR." }, "policies": { "type": "array", "items": { "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "object", "required": ["path", "verify"], "additionalProperties": false, "properties": { "path": { "type": "string", "minLength": 1, "description": "The bundle directory (from dpa-lint policy build --sign-key), relative to this file." }, "verify": { "type": "string", "minLength": 1, "description": "The public key (PEM; or the file holding an HMAC secret) its signature must verify with, relative to this file: a bundle whose signature or file hashes do not verify is refused." } } }] }, "x-message": "must be a list of policy directories, terms files or bundles relative to this file, npm:<package> or oci://<registry>/<repository>[:<tag>][@sha256:<digest>], each a path or {path, verify: key file}", "description": "Policy packs every entry point loads: pack directories, terms files or bundles, relative to this file, npm:<package> (an installed npm package whose package.json names its pack, optionally @sha256:<digest>), or oci://<registry>/<repository>[:<tag>][@sha256:<digest>] (a pack pushed with dpa-lint policy push, pinned by its manifest digest for a gate; a tag alone is resolved at every run); {path, verify} requires a bundle's signature to verify with that key." }, "baseline": { "type": "string", "minLength": 1, "x-message": "must be the baseline file, relative to this file", "description": "The baseline file every entry point applies, relative to this file." }, "docsBase": { "type": "string", "pattern": "^https?://[^\\s]+$", "x-message": "must be an http(s) URL: where dpa-lint's rule pages (docs/rules/) are published", "description": "Where dpa-lint's own rule pages (the repository's docs/rules/) are published, for example a mirror or a release tag: findings' docsUrl and SARIF helpUri point under it. Default: https://github.com/dpa-lint/dpa-lint/blob/main/docs/rules/." }, "asOf": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "x-message": "must be a date written YYYY-MM-DD: the day whose legal facts judge the setups", "description": "Judge by the legal facts in force on this day (YYYY-MM-DD) instead of today." }, "rules": { "$ref": "#/$defs/ruleSettings", "description": "Rule settings: a rule id or <pack>/* to off, info, warning or error." }, "overrides": { "type": "array", "items": { "type": "object", "required": ["files", "rules"], "additionalProperties": false, "properties": { "files": { "$ref": "#/$defs/globs", "description": "Globs of the files these settings apply to." }, "rules": { "$ref": "#/$defs/ruleSettings", "description": "The rule settings for those files." } } }, "description": "Rule settings for some files: {files: [globs], rules: {...}}, applied in order." } }, "$defs": { "globs": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "duration": { "type": ["string", "integer"], "x-message": 'must be a duration such as "10 days", "48 hours" or "3 years"' }, "ruleSettings": { "type": "object", "propertyNames": { "pattern": "^[a-z0-9*][a-z0-9_*-]*(/[a-z0-9*][a-z0-9*-]*)?$" }, "additionalProperties": { "enum": ["off", "info", "warning", "error"] } } } };
var schema322 = { "type": "array", "items": { "type": "string", "minLength": 1 } };
var schema35 = { "type": ["string", "integer"], "x-message": 'must be a duration such as "10 days", "48 hours" or "3 years"' };
var schema39 = { "type": "object", "propertyNames": { "pattern": "^[a-z0-9*][a-z0-9_*-]*(/[a-z0-9*][a-z0-9*-]*)?$" }, "additionalProperties": { "enum": ["off", "info", "warning", "error"] } };
var func12 = Object.prototype.hasOwnProperty;
var func22 = require_ucs2length().default;
var pattern42 = new RegExp("^https?://[^\\s]+$", "u");
var pattern52 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
var pattern6 = new RegExp("^[a-z0-9*][a-z0-9_*-]*(/[a-z0-9*][a-z0-9*-]*)?$", "u");
function validate202(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate202.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func12.call(schema312.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema312, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.include !== void 0) {
      let data0 = data.include;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func22(data1) < 1) {
              const err1 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/$defs/globs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema322.items, data: data1 };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          } else {
            const err2 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/$defs/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema322.items.type, parentSchema: schema322.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/include", schemaPath: "#/$defs/globs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema322.type, parentSchema: schema322, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.exclude !== void 0) {
      let data2 = data.exclude;
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 === "string") {
            if (func22(data3) < 1) {
              const err4 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/$defs/globs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema322.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/$defs/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema322.items.type, parentSchema: schema322.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/exclude", schemaPath: "#/$defs/globs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema322.type, parentSchema: schema322, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.infrastructure !== void 0) {
      let data4 = data.infrastructure;
      if (Array.isArray(data4)) {
        const len2 = data4.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data5 = data4[i2];
          if (typeof data5 === "string") {
            if (func22(data5) < 1) {
              const err7 = { instancePath: instancePath + "/infrastructure/" + i2, schemaPath: "#/$defs/globs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema322.items, data: data5 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/infrastructure/" + i2, schemaPath: "#/$defs/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema322.items.type, parentSchema: schema322.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/infrastructure", schemaPath: "#/$defs/globs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema322.type, parentSchema: schema322, data: data4 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.org !== void 0) {
      let data6 = data.org;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key1 in data6) {
          if (!(key1 === "allowedCountries" || key1 === "minObjectionWindow" || key1 === "minPriorNotice" || key1 === "maxBreachNotification" || key1 === "maxRetention" || key1 === "forbiddenTransferMechanisms")) {
            const err10 = { instancePath: instancePath + "/org", schemaPath: "#/properties/org/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema312.properties.org, data: data6 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data6.allowedCountries !== void 0) {
          let data7 = data6.allowedCountries;
          if (Array.isArray(data7)) {
            if (data7.length < 1) {
              const err11 = { instancePath: instancePath + "/org/allowedCountries", schemaPath: "#/properties/org/properties/allowedCountries/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema312.properties.org.properties.allowedCountries, data: data7 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            const len3 = data7.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data8 = data7[i3];
              if (typeof data8 === "string") {
                if (func22(data8) < 1) {
                  const err12 = { instancePath: instancePath + "/org/allowedCountries/" + i3, schemaPath: "#/properties/org/properties/allowedCountries/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema312.properties.org.properties.allowedCountries.items, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = { instancePath: instancePath + "/org/allowedCountries/" + i3, schemaPath: "#/properties/org/properties/allowedCountries/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.org.properties.allowedCountries.items.type, parentSchema: schema312.properties.org.properties.allowedCountries.items, data: data8 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          } else {
            const err14 = { instancePath: instancePath + "/org/allowedCountries", schemaPath: "#/properties/org/properties/allowedCountries/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema312.properties.org.properties.allowedCountries.type, parentSchema: schema312.properties.org.properties.allowedCountries, data: data7 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data6.minObjectionWindow !== void 0) {
          let data9 = data6.minObjectionWindow;
          if (typeof data9 !== "string" && !(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
            const err15 = { instancePath: instancePath + "/org/minObjectionWindow", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: schema35.type }, message: "must be string,integer", schema: schema35.type, parentSchema: schema35, data: data9 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data6.minPriorNotice !== void 0) {
          let data10 = data6.minPriorNotice;
          if (typeof data10 !== "string" && !(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
            const err16 = { instancePath: instancePath + "/org/minPriorNotice", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: schema35.type }, message: "must be string,integer", schema: schema35.type, parentSchema: schema35, data: data10 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data6.maxBreachNotification !== void 0) {
          let data11 = data6.maxBreachNotification;
          if (typeof data11 !== "string" && !(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
            const err17 = { instancePath: instancePath + "/org/maxBreachNotification", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: schema35.type }, message: "must be string,integer", schema: schema35.type, parentSchema: schema35, data: data11 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data6.maxRetention !== void 0) {
          let data12 = data6.maxRetention;
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            for (const key2 in data12) {
              let data13 = data12[key2];
              if (typeof data13 !== "string" && !(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
                const err18 = { instancePath: instancePath + "/org/maxRetention/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: schema35.type }, message: "must be string,integer", schema: schema35.type, parentSchema: schema35, data: data13 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/org/maxRetention", schemaPath: "#/properties/org/properties/maxRetention/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema312.properties.org.properties.maxRetention.type, parentSchema: schema312.properties.org.properties.maxRetention, data: data12 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data6.forbiddenTransferMechanisms !== void 0) {
          let data14 = data6.forbiddenTransferMechanisms;
          if (Array.isArray(data14)) {
            const len4 = data14.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data15 = data14[i4];
              if (!(data15 === "adequacy" || data15 === "dpf" || data15 === "scc" || data15 === "bcr" || data15 === "derogation")) {
                const err20 = { instancePath: instancePath + "/org/forbiddenTransferMechanisms/" + i4, schemaPath: "#/properties/org/properties/forbiddenTransferMechanisms/items/enum", keyword: "enum", params: { allowedValues: schema312.properties.org.properties.forbiddenTransferMechanisms.items.enum }, message: "must be equal to one of the allowed values", schema: schema312.properties.org.properties.forbiddenTransferMechanisms.items.enum, parentSchema: schema312.properties.org.properties.forbiddenTransferMechanisms.items, data: data15 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/org/forbiddenTransferMechanisms", schemaPath: "#/properties/org/properties/forbiddenTransferMechanisms/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema312.properties.org.properties.forbiddenTransferMechanisms.type, parentSchema: schema312.properties.org.properties.forbiddenTransferMechanisms, data: data14 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/org", schemaPath: "#/properties/org/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema312.properties.org.type, parentSchema: schema312.properties.org, data: data6 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.policies !== void 0) {
      let data16 = data.policies;
      if (Array.isArray(data16)) {
        const len5 = data16.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data17 = data16[i5];
          const _errs50 = errors;
          let valid22 = false;
          const _errs51 = errors;
          if (typeof data17 === "string") {
            if (func22(data17) < 1) {
              const err23 = { instancePath: instancePath + "/policies/" + i5, schemaPath: "#/properties/policies/items/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema312.properties.policies.items.anyOf[0], data: data17 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/policies/" + i5, schemaPath: "#/properties/policies/items/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.policies.items.anyOf[0].type, parentSchema: schema312.properties.policies.items.anyOf[0], data: data17 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          var _valid0 = _errs51 === errors;
          valid22 = valid22 || _valid0;
          const _errs53 = errors;
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            if (data17.path === void 0) {
              const err25 = { instancePath: instancePath + "/policies/" + i5, schemaPath: "#/properties/policies/items/anyOf/1/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema312.properties.policies.items.anyOf[1].required, parentSchema: schema312.properties.policies.items.anyOf[1], data: data17 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (data17.verify === void 0) {
              const err26 = { instancePath: instancePath + "/policies/" + i5, schemaPath: "#/properties/policies/items/anyOf/1/required", keyword: "required", params: { missingProperty: "verify" }, message: "must have required property 'verify'", schema: schema312.properties.policies.items.anyOf[1].required, parentSchema: schema312.properties.policies.items.anyOf[1], data: data17 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            for (const key3 in data17) {
              if (!(key3 === "path" || key3 === "verify")) {
                const err27 = { instancePath: instancePath + "/policies/" + i5, schemaPath: "#/properties/policies/items/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema312.properties.policies.items.anyOf[1], data: data17 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data17.path !== void 0) {
              let data18 = data17.path;
              if (typeof data18 === "string") {
                if (func22(data18) < 1) {
                  const err28 = { instancePath: instancePath + "/policies/" + i5 + "/path", schemaPath: "#/properties/policies/items/anyOf/1/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema312.properties.policies.items.anyOf[1].properties.path, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = { instancePath: instancePath + "/policies/" + i5 + "/path", schemaPath: "#/properties/policies/items/anyOf/1/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.policies.items.anyOf[1].properties.path.type, parentSchema: schema312.properties.policies.items.anyOf[1].properties.path, data: data18 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data17.verify !== void 0) {
              let data19 = data17.verify;
              if (typeof data19 === "string") {
                if (func22(data19) < 1) {
                  const err30 = { instancePath: instancePath + "/policies/" + i5 + "/verify", schemaPath: "#/properties/policies/items/anyOf/1/properties/verify/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema312.properties.policies.items.anyOf[1].properties.verify, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              } else {
                const err31 = { instancePath: instancePath + "/policies/" + i5 + "/verify", schemaPath: "#/properties/policies/items/anyOf/1/properties/verify/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.policies.items.anyOf[1].properties.verify.type, parentSchema: schema312.properties.policies.items.anyOf[1].properties.verify, data: data19 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
          } else {
            const err32 = { instancePath: instancePath + "/policies/" + i5, schemaPath: "#/properties/policies/items/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema312.properties.policies.items.anyOf[1].type, parentSchema: schema312.properties.policies.items.anyOf[1], data: data17 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
          var _valid0 = _errs53 === errors;
          valid22 = valid22 || _valid0;
          if (!valid22) {
            const err33 = { instancePath: instancePath + "/policies/" + i5, schemaPath: "#/properties/policies/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema312.properties.policies.items.anyOf, parentSchema: schema312.properties.policies.items, data: data17 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          } else {
            errors = _errs50;
            if (vErrors !== null) {
              if (_errs50) {
                vErrors.length = _errs50;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err34 = { instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema312.properties.policies.type, parentSchema: schema312.properties.policies, data: data16 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.baseline !== void 0) {
      let data20 = data.baseline;
      if (typeof data20 === "string") {
        if (func22(data20) < 1) {
          const err35 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema312.properties.baseline, data: data20 };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      } else {
        const err36 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.baseline.type, parentSchema: schema312.properties.baseline, data: data20 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.docsBase !== void 0) {
      let data21 = data.docsBase;
      if (typeof data21 === "string") {
        if (!pattern42.test(data21)) {
          const err37 = { instancePath: instancePath + "/docsBase", schemaPath: "#/properties/docsBase/pattern", keyword: "pattern", params: { pattern: "^https?://[^\\s]+$" }, message: 'must match pattern "^https?://[^\\s]+$"', schema: "^https?://[^\\s]+$", parentSchema: schema312.properties.docsBase, data: data21 };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      } else {
        const err38 = { instancePath: instancePath + "/docsBase", schemaPath: "#/properties/docsBase/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.docsBase.type, parentSchema: schema312.properties.docsBase, data: data21 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.asOf !== void 0) {
      let data22 = data.asOf;
      if (typeof data22 === "string") {
        if (!pattern52.test(data22)) {
          const err39 = { instancePath: instancePath + "/asOf", schemaPath: "#/properties/asOf/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"', schema: "^\\d{4}-\\d{2}-\\d{2}$", parentSchema: schema312.properties.asOf, data: data22 };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      } else {
        const err40 = { instancePath: instancePath + "/asOf", schemaPath: "#/properties/asOf/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema312.properties.asOf.type, parentSchema: schema312.properties.asOf, data: data22 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data23 = data.rules;
      if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
        for (const key4 in data23) {
          const _errs72 = errors;
          if (typeof key4 === "string") {
            if (!pattern6.test(key4)) {
              const err41 = { instancePath: instancePath + "/rules", schemaPath: "#/$defs/ruleSettings/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9*][a-z0-9_*-]*(/[a-z0-9*][a-z0-9*-]*)?$" }, message: 'must match pattern "^[a-z0-9*][a-z0-9_*-]*(/[a-z0-9*][a-z0-9*-]*)?$"', schema: "^[a-z0-9*][a-z0-9_*-]*(/[a-z0-9*][a-z0-9*-]*)?$", parentSchema: schema39.propertyNames, data: key4, propertyName: key4 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          }
          var valid25 = _errs72 === errors;
          if (!valid25) {
            const err42 = { instancePath: instancePath + "/rules", schemaPath: "#/$defs/ruleSettings/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid", schema: schema39.propertyNames, parentSchema: schema39, data: data23 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        for (const key5 in data23) {
          let data24 = data23[key5];
          if (!(data24 === "off" || data24 === "info" || data24 === "warning" || data24 === "error")) {
            const err43 = { instancePath: instancePath + "/rules/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/ruleSettings/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema39.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema39.additionalProperties.enum, parentSchema: schema39.additionalProperties, data: data24 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
      } else {
        const err44 = { instancePath: instancePath + "/rules", schemaPath: "#/$defs/ruleSettings/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data: data23 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.overrides !== void 0) {
      let data25 = data.overrides;
      if (Array.isArray(data25)) {
        const len6 = data25.length;
        for (let i6 = 0; i6 < len6; i6++) {
          let data26 = data25[i6];
          if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
            if (data26.files === void 0) {
              const err45 = { instancePath: instancePath + "/overrides/" + i6, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'", schema: schema312.properties.overrides.items.required, parentSchema: schema312.properties.overrides.items, data: data26 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            if (data26.rules === void 0) {
              const err46 = { instancePath: instancePath + "/overrides/" + i6, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: "rules" }, message: "must have required property 'rules'", schema: schema312.properties.overrides.items.required, parentSchema: schema312.properties.overrides.items, data: data26 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            for (const key6 in data26) {
              if (!(key6 === "files" || key6 === "rules")) {
                const err47 = { instancePath: instancePath + "/overrides/" + i6, schemaPath: "#/properties/overrides/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema312.properties.overrides.items, data: data26 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data26.files !== void 0) {
              let data27 = data26.files;
              if (Array.isArray(data27)) {
                const len7 = data27.length;
                for (let i7 = 0; i7 < len7; i7++) {
                  let data28 = data27[i7];
                  if (typeof data28 === "string") {
                    if (func22(data28) < 1) {
                      const err48 = { instancePath: instancePath + "/overrides/" + i6 + "/files/" + i7, schemaPath: "#/$defs/globs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema322.items, data: data28 };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                  } else {
                    const err49 = { instancePath: instancePath + "/overrides/" + i6 + "/files/" + i7, schemaPath: "#/$defs/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema322.items.type, parentSchema: schema322.items, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
              } else {
                const err50 = { instancePath: instancePath + "/overrides/" + i6 + "/files", schemaPath: "#/$defs/globs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema322.type, parentSchema: schema322, data: data27 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data26.rules !== void 0) {
              let data29 = data26.rules;
              if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                for (const key7 in data29) {
                  const _errs88 = errors;
                  if (typeof key7 === "string") {
                    if (!pattern6.test(key7)) {
                      const err51 = { instancePath: instancePath + "/overrides/" + i6 + "/rules", schemaPath: "#/$defs/ruleSettings/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9*][a-z0-9_*-]*(/[a-z0-9*][a-z0-9*-]*)?$" }, message: 'must match pattern "^[a-z0-9*][a-z0-9_*-]*(/[a-z0-9*][a-z0-9*-]*)?$"', schema: "^[a-z0-9*][a-z0-9_*-]*(/[a-z0-9*][a-z0-9*-]*)?$", parentSchema: schema39.propertyNames, data: key7, propertyName: key7 };
                      if (vErrors === null) {
                        vErrors = [err51];
                      } else {
                        vErrors.push(err51);
                      }
                      errors++;
                    }
                  }
                  var valid34 = _errs88 === errors;
                  if (!valid34) {
                    const err52 = { instancePath: instancePath + "/overrides/" + i6 + "/rules", schemaPath: "#/$defs/ruleSettings/propertyNames", keyword: "propertyNames", params: { propertyName: key7 }, message: "property name must be valid", schema: schema39.propertyNames, parentSchema: schema39, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err52];
                    } else {
                      vErrors.push(err52);
                    }
                    errors++;
                  }
                }
                for (const key8 in data29) {
                  let data30 = data29[key8];
                  if (!(data30 === "off" || data30 === "info" || data30 === "warning" || data30 === "error")) {
                    const err53 = { instancePath: instancePath + "/overrides/" + i6 + "/rules/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/ruleSettings/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema39.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema39.additionalProperties.enum, parentSchema: schema39.additionalProperties, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                }
              } else {
                const err54 = { instancePath: instancePath + "/overrides/" + i6 + "/rules", schemaPath: "#/$defs/ruleSettings/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data: data29 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
          } else {
            const err55 = { instancePath: instancePath + "/overrides/" + i6, schemaPath: "#/properties/overrides/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema312.properties.overrides.items.type, parentSchema: schema312.properties.overrides.items, data: data26 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
      } else {
        const err56 = { instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema312.properties.overrides.type, parentSchema: schema312.properties.overrides, data: data25 };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
  } else {
    const err57 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema312.type, parentSchema: schema312, data };
    if (vErrors === null) {
      vErrors = [err57];
    } else {
      vErrors.push(err57);
    }
    errors++;
  }
  validate202.errors = vErrors;
  return errors === 0;
}
validate202.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// packages/core/src/config/config.ts
var CONFIG_NAMES = [".dpa-lint.yaml", ".dpa-lint.yml"];
var ORG_PERIOD_FIELDS = Object.entries(config_schema_default.properties.org.properties).filter(([, field]) => field.$ref === "#/$defs/duration").map(([name]) => name);
var DEFAULT_INCLUDE = ["vendors"];
function defaultConfig(root) {
  return { root, include: [], exclude: [], org: {}, rules: {}, overrides: [], policies: [] };
}
function findConfig(start) {
  let dir = resolve2(start);
  for (; ; ) {
    for (const name of CONFIG_NAMES) {
      const candidate = join2(dir, name);
      if (existsSync2(candidate)) return candidate;
    }
    const parent = dirname2(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
var validateConfig = schemaValidator(config_schema_default, config_validate_default);
var GROUPS = /* @__PURE__ */ new Set(["EEA", "adequacy"]);
function loadConfig(path, cwd = process.cwd()) {
  const abs = resolve2(cwd, path);
  const display = toPosix(relative(cwd, abs)) || path;
  let text;
  try {
    text = readFileSync2(abs, "utf8");
  } catch (error) {
    throw new ConfigError(`cannot read: ${describeThrown(error)}`, { file: display });
  }
  return parseConfig(text, display, dirname2(abs), abs);
}
function parseConfig(text, display, root, file) {
  const parsed = parseYamlText(display, text);
  const problems = parsed.problems.map((f) => ({
    line: f.line,
    column: f.column,
    message: f.message
  }));
  const doc = parsed.documents.find((d) => d.value !== null && d.value !== void 0);
  if (problems.length === 0 && parsed.documents.length > 1)
    problems.push({ line: 1, column: 1, message: "the configuration must be a single YAML document" });
  const config = defaultConfig(root);
  if (file !== void 0) config.file = file;
  if (!doc) {
    if (problems.length > 0) throw configError(problems, display);
    return config;
  }
  const at = (p, message, atKey = false, named = false) => {
    const pos = doc.position(p, atKey);
    const field = named || p.length === 0 ? "" : `${formatPath(p)}: `;
    problems.push({ line: pos.line, column: pos.column, message: `${field}${message}` });
  };
  for (const p of validateConfig(doc.value)) at(p.path, p.message, p.atKey, true);
  if (problems.length > 0) throw configError(problems, display);
  const raw = doc.value;
  takeSettings(config, raw, root);
  if (raw.asOf !== void 0) {
    const day = parseDate(raw.asOf);
    if (typeof day === "number") config.asOf = raw.asOf;
    else at(["asOf"], day.error);
  }
  const org = raw.org ?? {};
  const duration = (value, path) => {
    if (value === void 0) return void 0;
    const d = parseDuration(value);
    if (isDuration(d)) return d;
    at(path, d.error);
    return void 0;
  };
  if (Array.isArray(org.allowedCountries)) {
    config.org.allowedCountries = org.allowedCountries.map((c, i) => {
      if (GROUPS.has(c)) return c;
      const code = toCountryCode(c);
      if (!code) at(["org", "allowedCountries", i], `"${c}" is neither a country nor a group (EEA, adequacy)`);
      return code ?? c;
    });
  }
  for (const field of ORG_PERIOD_FIELDS) {
    const d = duration(org[field], ["org", field]);
    if (d) config.org[field] = d;
  }
  if (org.maxRetention && typeof org.maxRetention === "object") {
    const limits = {};
    for (const [category, value] of Object.entries(org.maxRetention)) {
      const d = duration(value, ["org", "maxRetention", category]);
      if (d) limits[category] = d;
    }
    config.org.maxRetention = limits;
  }
  if (Array.isArray(org.forbiddenTransferMechanisms)) config.org.forbiddenTransferMechanisms = org.forbiddenTransferMechanisms;
  if (problems.length > 0) throw configError(problems, display);
  return config;
}
function configError(problems, file) {
  const sorted = [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
  const parts = sorted.map((p) => `${file}:${p.line}:${p.column}: ${p.message}`);
  const error = new ConfigError(parts.join("; "), { file, problems: sorted });
  error.oneLine = () => parts.join("; ");
  return error;
}
function policyData(config) {
  return { config: { org: config.org } };
}
function takeSettings(config, raw, root) {
  config.include = raw.include ?? [];
  config.exclude = raw.exclude ?? [];
  if (raw.infrastructure) config.infrastructure = raw.infrastructure;
  config.rules = raw.rules ?? {};
  config.overrides = raw.overrides ?? [];
  const place = (p) => isNpmPack(p) || isOciPack(p) ? p : resolve2(root, p);
  config.policies = (raw.policies ?? []).map((p) => place(typeof p === "string" ? p : p.path));
  const keys = (raw.policies ?? []).flatMap((p) => typeof p === "string" ? [] : [[place(p.path), resolve2(root, p.verify)]]);
  if (keys.length > 0) config.policyKeys = Object.fromEntries(keys);
  if (raw.baseline !== void 0) config.baseline = resolve2(root, raw.baseline);
  if (raw.docsBase !== void 0) config.docsBase = raw.docsBase.replace(/\/?$/, "/");
}

// packages/core/src/findings/engine-rules.ts
var ENGINE_RULE_META = [
  engine(
    "parse-error",
    "The file cannot be read or parsed",
    "The file is not valid YAML or JSON, cannot be read, breaks a duplicate key, alias or nesting limit, or holds more values than dpa-lint evaluates. Nothing in it was checked until it is fixed."
  ),
  engine(
    "schema/*",
    "The vendor setup breaks the format",
    "A field is missing, has the wrong type or value, or is not part of the vendor-setup format (docs/vendor-setup-v1.md). The document's policies judge only the values the format accepts."
  ),
  engine(
    "schema/unknown-dpa",
    "The vendor setup names a DPA pack that is not loaded",
    "`dpa` names no built-in pack and no pack loaded with --policy: none of the DPA's terms can be checked."
  ),
  engine(
    "schema/duplicate-name",
    "metadata.name is used twice in the repository",
    "Each vendor setup has a name unique in the repository, so findings, baselines and reports can name it."
  ),
  engine(
    "schema/number-range",
    "A number the policies cannot compute with",
    "Numbers beyond ±2,147,483,647 or not finite cannot be evaluated; the document is reported and not evaluated."
  ),
  engine("schema/empty", "The file holds no vendor setup", "A vendor file with no YAML document is reported, never passed silently."),
  engine("file/*", "The file could not be linted", "The file was refused or its evaluation failed; it was not checked."),
  engine(
    "file/outside-repository",
    "A symbolic link leads outside the repository",
    "dpa-lint does not follow links out of the repository it lints: a pull request could otherwise make it read any file on the runner."
  ),
  engine(
    "file/module-not-read",
    "A Terraform module dpa-lint does not fetch",
    "The module's `source` is not a local path (a registry, git or HTTP address): dpa-lint makes no network call, so the resources it declares are not judged. Lint a plan (--terraform-plan), which holds them. A warning does not fail a gate at the default fail severity: a gate that must judge every resource sets the rule to `error` in its configuration (`rules: {file/module-not-read: error}`; on a pull request the action reads it from the base commit), so that a pull request cannot move resources out of sight into a remote module.",
    "warning"
  ),
  engine(
    "file/module-not-judged",
    "A Terraform module call dpa-lint stops at",
    "Local modules are judged through 8 levels of module calls and up to 5,000 module instances in a run (calls multiply level by level), and a module that calls itself, directly or through others, is a cycle Terraform refuses. Such a call is not followed, so the run fails at the call instead of passing what it would deploy (a module reached by no other call is still judged on its own, without its callers' arguments): flatten the calls, break the cycle, or lint a plan (--terraform-plan), which lists every resource."
  ),
  engine(
    "file/evaluation-failed",
    "The policies could not evaluate the document",
    "A policy failed on this document; the rest of the run goes on. Report it with the file."
  ),
  engine("suppression/*", "A dpa-lint-disable comment needs attention", "A suppression comment is malformed, expired or unused."),
  engine(
    "suppression/invalid",
    "A suppression comment that suppresses nothing",
    'It names no rule, has no reason after " -- ", has an impossible (until ...) date, or names an engine rule, which cannot be suppressed.'
  ),
  engine(
    "suppression/expired",
    "A suppression past its (until ...) date",
    "The suppression no longer applies: fix the finding or renew the suppression with a new date and reason.",
    "warning"
  ),
  engine(
    "suppression/unused",
    "A suppression with nothing to suppress",
    "No finding of the named rules is on the target line: remove the comment or move it.",
    "warning"
  ),
  engine(
    "org/ropa-incomplete",
    "The record of processing has a cell the vendor setups cannot fill",
    "Reported by `dpa-lint report ropa` (never by lint): a column of the GDPR Art. 30 record (purposes, data subjects, categories of data, recipients, time limits for erasure, security measures) that the vendor setup does not give is MISSING in the record, never guessed; the finding names the field to add.",
    "info"
  )
];
function engine(id, title, description, severity = "error") {
  const slash = id.indexOf("/");
  return { id, pack: "engine", name: slash < 0 ? id : id.slice(slash + 1), title, description, severity };
}
var ENGINE_RULES = ENGINE_RULE_META.map((r) => r.id).filter((id) => !id.includes("/") || id.endsWith("/*"));
function isEngineRuleId(ruleId) {
  return ENGINE_RULES.some((r) => r === ruleId || r.endsWith("/*") && ruleId.startsWith(r.slice(0, -1)) && ruleId.length > r.length - 1);
}
function isEngineRule(ruleId) {
  return isEngineRuleId(ruleId) && !ruleId.startsWith("suppression/");
}
function engineRuleMeta(ruleId) {
  const family = ruleId.includes("/") ? `${ruleId.slice(0, ruleId.indexOf("/"))}/*` : void 0;
  return ENGINE_RULE_META.find((r) => r.id === ruleId) ?? ENGINE_RULE_META.find((r) => r.id === family);
}

// packages/core/src/config/rule-ids.ts
function checkRuleKeys(config, rules) {
  const ids = new Set(rules.map((r) => r.id));
  const packs = new Set(rules.map((r) => `${r.id.slice(0, r.id.indexOf("/"))}/*`));
  const known = (key) => ids.has(key) || packs.has(key) || isEngineRuleId(key);
  const sections = [
    ["rules", config.rules],
    ...config.overrides.map((o, i) => [`overrides[${i}].rules`, o.rules])
  ];
  const problems = [];
  for (const [field, section] of sections) {
    for (const key of Object.keys(section)) {
      if (known(key)) continue;
      const near = nearest(key, [...ids, ...packs]);
      problems.push(
        `${field}: no rule "${key}" is loaded${near.length > 0 ? ` (did you mean ${near.join(", ")}?)` : "; run dpa-lint rules"}`
      );
    }
  }
  if (problems.length > 0) throw new ConfigError(problems.join("; "), config.file ? { file: config.file } : {});
}
function nearest(word, candidates) {
  const limit = Math.max(2, Math.floor(word.length / 10));
  return candidates.map((c) => [c, editDistance(word, c)]).filter(([, d]) => d <= limit).sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3).map(([c]) => c);
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

// packages/core/src/engine/policy.ts
import { createHash as createHash2 } from "node:crypto";
import { existsSync as existsSync3, readFileSync as readFileSync4 } from "node:fs";
import { dirname as dirname3, join as join3 } from "node:path";
import { fileURLToPath } from "node:url";

// packages/core/src/engine/catalogue.ts
var POLICY_GROUPS = ["gdpr", "shared", "dpa", "org", "infra"];
var SEVERITY_OF_SET = { deny: "error", warn: "warning", info: "info" };
var CATALOGUE_FORMAT = 1;
function isCatalogue(value) {
  const c = value;
  return typeof c === "object" && c !== null && c.version === CATALOGUE_FORMAT && Array.isArray(c.packs) && Array.isArray(c.rules);
}

// packages/core/src/engine/result-contract.ts
var ENTRYPOINT = "main/findings";
var INDEX_ENTRYPOINT = "main/subprocessor_index";
var RULE_ID = /^[a-z0-9][a-z0-9_-]*\/[a-z0-9][a-z0-9-]*$/;
var ALLOWED_KEYS = /* @__PURE__ */ new Set(["rule", "msg", "severity", "path", "dpa", "clause", "quote"]);
function checkRawFindings(results, known, source) {
  if (!Array.isArray(results)) throw new PolicyError(`${ENTRYPOINT} must be a set of objects, got ${typeof results}`, { file: source });
  return results.map((raw) => {
    const r = raw;
    const rule = typeof r?.rule === "string" ? r.rule : void 0;
    const fail = (why) => {
      throw new PolicyError(`rule ${rule ?? "(without a rule id)"} returned a malformed finding: ${why}: ${JSON.stringify(raw)}`, {
        file: source,
        field: rule
      });
    };
    if (typeof r !== "object" || r === null || Array.isArray(r)) fail("a finding must be an object");
    if (!rule || !RULE_ID.test(rule)) fail(`"rule" must be "<pack>/<rule-name>" in kebab-case`);
    if (!known.has(rule)) fail(`"${rule}" is not in the rule catalogue (does the rule have a # METADATA block with custom.id?)`);
    if (typeof r.msg !== "string" || r.msg.trim() === "") fail(`"msg" must be a non-empty string`);
    if (!isSeverity(r.severity)) fail(`"severity" must be error, warning or info`);
    if (!Array.isArray(r.path) || !r.path.every((s) => typeof s === "string" || typeof s === "number" && Number.isInteger(s) && s >= 0)) {
      fail(`"path" must be an array of keys and indices`);
    }
    for (const key of ["dpa", "clause", "quote"]) {
      if (r[key] !== void 0 && typeof r[key] !== "string") fail(`"${key}" must be a string`);
    }
    const extra = Object.keys(r).filter((k) => !ALLOWED_KEYS.has(k));
    if (extra.length > 0) fail(`unknown keys ${extra.join(", ")}`);
    return r;
  });
}

// packages/core/src/engine/evaluate.ts
var encoder = new TextEncoder();
var decoder = new TextDecoder();
var PAGE = 65536;
function evaluatePolicy(policy, input, entrypoint) {
  const internals = policy;
  const entrypoints = policy.entrypoints;
  const id = entrypoints[entrypoint];
  const instance = "exports" in internals.wasmInstance ? internals.wasmInstance : internals.wasmInstance.instance;
  const opaEval = instance.exports.opa_eval;
  const { dataAddr, dataHeapPtr, minorVersion } = internals;
  if (input === void 0 || input === null || id === void 0 || typeof opaEval !== "function" || typeof minorVersion !== "number" || minorVersion < 2 || typeof dataAddr !== "number" || typeof dataHeapPtr !== "number") {
    return policy.evaluate(input, entrypoint);
  }
  const text = JSON.stringify(input) ?? "null";
  const room = dataHeapPtr + text.length * 3 - internals.mem.buffer.byteLength;
  if (room > 0) internals.mem.grow(Math.ceil(room / PAGE));
  const { written } = encoder.encodeInto(text, new Uint8Array(internals.mem.buffer, dataHeapPtr, text.length * 3));
  const resultAddr = opaEval(0, id, dataAddr, dataHeapPtr, written, dataHeapPtr + written, 0);
  const memory = new Uint8Array(internals.mem.buffer);
  const end = memory.indexOf(0, resultAddr);
  return JSON.parse(decoder.decode(memory.subarray(resultAddr, end < 0 ? memory.length : end)));
}

// packages/core/src/engine/tar.ts
function readTarGz(archive) {
  const tar = zlib().gunzipSync(archive);
  const files = /* @__PURE__ */ new Map();
  let offset = 0;
  let longName;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const size = parseOctal(header.subarray(124, 136));
    const type = String.fromCharCode(header[156] ?? 0);
    const prefix = cString(header.subarray(345, 500));
    const base = cString(header.subarray(0, 100));
    const name = longName ?? (prefix ? `${prefix}/${base}` : base);
    const body = tar.subarray(offset + 512, offset + 512 + size);
    longName = void 0;
    if (type === "L") longName = cString(body);
    else if (type === "0" || type === "\0") files.set(normalizeName(name), Buffer.from(body));
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}
function normalizeName(name) {
  return `/${name.replace(/^\.?\/+/, "")}`;
}
function cString(bytes) {
  const end = bytes.indexOf(0);
  return Buffer.from(end < 0 ? bytes : bytes.subarray(0, end)).toString("utf8");
}
function parseOctal(bytes) {
  const text = cString(bytes).trim();
  return text === "" ? 0 : parseInt(text, 8);
}
function writeTarGz(files) {
  const blocks = [];
  const entry = (name, type, body) => {
    const header = Buffer.alloc(512);
    header.write(name.slice(0, 100), 0, "utf8");
    header.write("0000600\0", 100, "ascii");
    header.write("0000000\0", 108, "ascii");
    header.write("0000000\0", 116, "ascii");
    header.write(`${body.length.toString(8).padStart(11, "0")}\0`, 124, "ascii");
    header.write("00000000000\0", 136, "ascii");
    header.write("        ", 148, "ascii");
    header.write(type, 156, "ascii");
    header.write("ustar\0", 257, "ascii");
    header.write("00", 263, "ascii");
    const sum = header.reduce((n, b) => n + b, 0);
    header.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, "ascii");
    blocks.push(header, Buffer.from(body), Buffer.alloc((512 - body.length % 512) % 512));
  };
  for (const [name, body] of files) {
    if (Buffer.byteLength(name) > 100) entry("././@LongLink", "L", Buffer.from(`${name}\0`, "utf8"));
    entry(name, "0", body);
  }
  blocks.push(Buffer.alloc(1024));
  return zlib().gzipSync(Buffer.concat(blocks));
}

// packages/core/src/engine/bundle-signature.ts
import {
  constants,
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  sign,
  timingSafeEqual,
  verify
} from "node:crypto";
import { basename } from "node:path";

// packages/core/src/files/json-text.ts
var MAX_DEPTH = 512;
var LITERAL_TOKEN = /(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/y;
var STRING_TOKEN = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
var JsonTextError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
    this.name = "JsonTextError";
  }
  offset;
};
function parseJsonText(text) {
  const parser = new Parser2(text);
  const value = parser.value(0);
  parser.end();
  return value;
}
var Parser2 = class {
  constructor(text) {
    this.text = text;
  }
  text;
  at = 0;
  value(depth) {
    if (depth > MAX_DEPTH) this.fail("is nested too deeply");
    this.space();
    const c = this.text[this.at];
    if (c === "{") return this.object(depth);
    if (c === "[") return this.array(depth);
    const offset = this.at;
    if (c === '"') return { kind: "string", value: this.string(), offset };
    LITERAL_TOKEN.lastIndex = this.at;
    const literal = LITERAL_TOKEN.exec(this.text);
    if (!literal) this.fail("is not JSON");
    this.at += literal[0].length;
    return { kind: "literal", text: literal[0], offset };
  }
  end() {
    this.space();
    if (this.at !== this.text.length) this.fail("has text after its JSON value");
  }
  object(depth) {
    const entries = /* @__PURE__ */ new Map();
    const keys = /* @__PURE__ */ new Map();
    const offset = this.at;
    this.at++;
    this.space();
    if (this.text[this.at] === "}") {
      this.at++;
      return { kind: "object", entries, keys, offset };
    }
    for (; ; ) {
      this.space();
      if (this.text[this.at] !== '"') this.fail("is not JSON (an object key must be a string)");
      const keyOffset = this.at;
      const key = this.string();
      this.space();
      if (this.text[this.at++] !== ":") this.fail("is not JSON (expected : after a key)");
      entries.delete(key);
      entries.set(key, this.value(depth + 1));
      keys.set(key, keyOffset);
      this.space();
      const next = this.text[this.at++];
      if (next === "}") return { kind: "object", entries, keys, offset };
      if (next !== ",") this.fail("is not JSON (expected , or } in an object)");
    }
  }
  array(depth) {
    const items = [];
    const offset = this.at;
    this.at++;
    this.space();
    if (this.text[this.at] === "]") {
      this.at++;
      return { kind: "array", items, offset };
    }
    for (; ; ) {
      items.push(this.value(depth + 1));
      this.space();
      const next = this.text[this.at++];
      if (next === "]") return { kind: "array", items, offset };
      if (next !== ",") this.fail("is not JSON (expected , or ] in an array)");
    }
  }
  string() {
    STRING_TOKEN.lastIndex = this.at;
    const m = STRING_TOKEN.exec(this.text);
    if (!m) this.fail("is not JSON (a malformed string)");
    this.at += m[0].length;
    return JSON.parse(m[0]);
  }
  space() {
    while (/[ \t\n\r]/.test(this.text[this.at] ?? "")) this.at++;
  }
  fail(what) {
    throw new JsonTextError(what, this.at);
  }
};

// packages/core/src/engine/canonical-json.ts
function canonicalJson(text, name) {
  let value;
  try {
    value = parseJsonText(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    if (error instanceof JsonTextError) throw new PolicyError(`${error.message} at offset ${error.offset}`, { file: name });
    throw error;
  }
  const out = [];
  write(value, out);
  return Buffer.from(out.join(""), "utf8");
}
function write(v, out) {
  switch (v.kind) {
    case "literal":
      out.push(v.text);
      return;
    case "string":
      out.push(goString(v.value));
      return;
    case "array":
      out.push("[");
      v.items.forEach((item, i) => {
        if (i > 0) out.push(",");
        write(item, out);
      });
      out.push("]");
      return;
    case "object": {
      out.push("{");
      const keys = [...v.entries.keys()].sort((a, b) => Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8")));
      keys.forEach((key, i) => {
        if (i > 0) out.push(",");
        out.push(goString(key), ":");
        write(v.entries.get(key), out);
      });
      out.push("}");
    }
  }
}
function goString(s) {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c === 9) out += "\\t";
    else if (c === 8) out += "\\b";
    else if (c === 12) out += "\\f";
    else if (c < 32 || c === 8232 || c === 8233) out += `\\u${c.toString(16).padStart(4, "0")}`;
    else if (c >= 55296 && c <= 57343) out += "�";
    else out += ch;
  }
  return `${out}"`;
}

// packages/core/src/engine/bundle-signature.ts
var SIGNATURES_FILE = "/.signatures.json";
var CATALOGUE_CLAIM = "dpa_lint_catalogue";
function catalogueClaim(catalogueText) {
  return { algorithm: "SHA-256", hash: createHash("sha256").update(catalogueText).digest("hex") };
}
var HASHES = { "SHA-256": "sha256", "SHA-384": "sha384", "SHA-512": "sha512", "SHA-224": "sha224" };
var ALGORITHMS = {
  RS256: { key: "rsa", hash: "sha256" },
  RS384: { key: "rsa", hash: "sha384" },
  RS512: { key: "rsa", hash: "sha512" },
  PS256: { key: "rsa", hash: "sha256", pss: true },
  PS384: { key: "rsa", hash: "sha384", pss: true },
  PS512: { key: "rsa", hash: "sha512", pss: true },
  ES256: { key: "ec", hash: "sha256", curve: "prime256v1" },
  ES384: { key: "ec", hash: "sha384", curve: "secp384r1" },
  ES512: { key: "ec", hash: "sha512", curve: "secp521r1" },
  HS256: { key: "secret", hash: "sha256" },
  HS384: { key: "secret", hash: "sha384" },
  HS512: { key: "secret", hash: "sha512" }
};
var SIGNING_ALGORITHMS = Object.keys(ALGORITHMS);
function bundleFileHash(name, bytes, algorithm = "SHA-256") {
  const hash = HASHES[algorithm];
  if (!hash)
    throw new PolicyError(`${name}: hashing algorithm ${algorithm} is not one dpa-lint verifies (SHA-256, SHA-384, SHA-512, SHA-224)`);
  const structured = ["data.json", ".manifest"].includes(basename(name));
  return createHash(hash).update(structured ? canonicalJson(bytes.toString("utf8"), name) : bytes).digest("hex");
}
function signedName(name) {
  return name.replace(/^\.?\/+/, "");
}
var b64url = (b) => Buffer.from(b).toString("base64url");
function keyOf(text, purpose) {
  if (!/-----BEGIN [A-Z ]+-----/.test(text)) return { kind: "secret", key: Buffer.from(text.trim(), "utf8") };
  const key = purpose === "sign" ? createPrivateKey(text) : createPublicKey(text);
  const kind = key.asymmetricKeyType;
  if (kind !== "rsa" && kind !== "ec")
    throw new PolicyError(`keys of type ${kind ?? "unknown"} are not supported (RSA, EC or an HMAC secret)`);
  return { kind, key, ...kind === "ec" ? { curve: key.asymmetricKeyDetails?.namedCurve } : {} };
}
function keyOptions(spec, key, saltLength) {
  return {
    key: key.key,
    ..."pss" in spec ? { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength } : {},
    ...key.kind === "ec" ? { dsaEncoding: "ieee-p1363" } : {}
  };
}
function defaultAlgorithm(k) {
  if (k.kind === "rsa") return "RS256";
  if (k.kind === "secret") return "HS256";
  return k.curve === "secp384r1" ? "ES384" : k.curve === "secp521r1" ? "ES512" : "ES256";
}
function signBundleFiles(files, keyText, options = {}) {
  const key = keyOf(keyText, "sign");
  const alg = options.algorithm ?? defaultAlgorithm(key);
  const spec = ALGORITHMS[alg];
  if (spec.key !== key.kind)
    throw new PolicyError(
      `${alg} needs ${spec.key === "secret" ? "an HMAC secret" : `an ${spec.key.toUpperCase()} key`}, not this ${key.kind === "secret" ? "secret" : `${key.kind.toUpperCase()} key`}`
    );
  const list2 = [...files.entries()].filter(([name]) => name !== SIGNATURES_FILE).map(([name, bytes]) => ({ name: signedName(name), hash: bundleFileHash(name, bytes), algorithm: "SHA-256" }));
  const header = { alg, ...options.keyId ? { kid: options.keyId } : {}, typ: "JWT" };
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify({ files: list2, ...options.claims }))}`;
  const signature = key.kind === "secret" ? createHmac(spec.hash, key.key).update(input).digest() : (
    // PS*: the salt as long as the hash, as OPA (jwx) signs.
    sign(spec.hash, Buffer.from(input), keyOptions(spec, key, createHash(spec.hash).digest().length))
  );
  return `${JSON.stringify({ signatures: [`${input}.${b64url(signature)}`] })}
`;
}
function verifyBundleFiles(files, keyText) {
  const raw = files.get(SIGNATURES_FILE);
  if (!raw) throw new PolicyError("the bundle is not signed (no .signatures.json)");
  let tokens;
  try {
    tokens = JSON.parse(raw.toString("utf8")).signatures;
  } catch {
    throw new PolicyError(".signatures.json is not JSON");
  }
  if (!Array.isArray(tokens) || tokens.length !== 1 || typeof tokens[0] !== "string")
    throw new PolicyError(".signatures.json must hold exactly one JWT");
  const [h, p, s] = tokens[0].split(".");
  if (h === void 0 || p === void 0 || s === void 0)
    throw new PolicyError(".signatures.json: the JWT is not header.payload.signature");
  let header;
  let payload;
  try {
    header = JSON.parse(Buffer.from(h, "base64url").toString("utf8"));
    payload = JSON.parse(Buffer.from(p, "base64url").toString("utf8"));
  } catch {
    throw new PolicyError(".signatures.json: the JWT's header or payload is not JSON");
  }
  if (header === null || typeof header !== "object" || payload === null || typeof payload !== "object")
    throw new PolicyError(".signatures.json: the JWT's header or payload is not a JSON object");
  const alg = header.alg;
  if (typeof alg !== "string" || !(alg in ALGORITHMS)) throw new PolicyError(`.signatures.json: algorithm ${String(alg)} is not accepted`);
  const spec = ALGORITHMS[alg];
  const key = keyOf(keyText, "verify");
  if (spec.key !== key.kind || "curve" in spec && spec.curve !== key.curve)
    throw new PolicyError(`the bundle is signed with ${alg}, which this key cannot verify`);
  const input = Buffer.from(`${h}.${p}`);
  const signature = Buffer.from(s, "base64url");
  const valid = key.kind === "secret" ? (() => {
    const expected = createHmac(spec.hash, key.key).update(input).digest();
    return expected.length === signature.length && timingSafeEqual(expected, signature);
  })() : verify(spec.hash, input, keyOptions(spec, key, constants.RSA_PSS_SALTLEN_AUTO), signature);
  if (!valid) throw new PolicyError("the signature does not verify with this key");
  if (payload.scope !== void 0 && payload.scope !== "")
    throw new PolicyError(`the signature has a scope (${JSON.stringify(payload.scope)}); dpa-lint verifies bundles signed without one`);
  if (!Array.isArray(payload.files)) throw new PolicyError(".signatures.json: the JWT lists no files");
  const listed = /* @__PURE__ */ new Map();
  for (const f of payload.files) {
    if (typeof f?.name !== "string" || typeof f.hash !== "string")
      throw new PolicyError(".signatures.json: a file entry has no name or hash");
    listed.set(signedName(f.name), f);
  }
  for (const [name, bytes] of files) {
    if (name === SIGNATURES_FILE) continue;
    const f = listed.get(signedName(name));
    if (!f) throw new PolicyError(`${name} is not covered by the signature`);
    if (bundleFileHash(name, bytes, f.algorithm || "SHA-256") !== f.hash.toLowerCase())
      throw new PolicyError(`${name} does not match its signed hash (the bundle was changed after signing)`);
    listed.delete(signedName(name));
  }
  if (listed.size > 0) throw new PolicyError(`${[...listed.keys()][0]} is signed but missing from the bundle`);
  const { files: _files, ...claims } = payload;
  const keyId = typeof header.kid === "string" ? header.kid : typeof payload.keyid === "string" ? payload.keyid : void 0;
  return { ...keyId ? { keyId } : {}, claims };
}

// packages/core/src/normalize/regions.json
var regions_default = {
  $comment: "Provider region codes to the ISO 3166-1 alpha-2 country where the region's data centres are. Checked against the providers' public region lists, late 2026.",
  providers: {
    aws: {
      "us-east-1": "US",
      "us-east-2": "US",
      "us-west-1": "US",
      "us-west-2": "US",
      "us-gov-east-1": "US",
      "us-gov-west-1": "US",
      "eu-west-1": "IE",
      "eu-west-2": "GB",
      "eu-west-3": "FR",
      "eu-central-1": "DE",
      "eu-central-2": "CH",
      "eu-north-1": "SE",
      "eu-south-1": "IT",
      "eu-south-2": "ES",
      "eusc-de-east-1": "DE",
      "ca-central-1": "CA",
      "ca-west-1": "CA",
      "ap-northeast-1": "JP",
      "ap-northeast-2": "KR",
      "ap-northeast-3": "JP",
      "ap-southeast-1": "SG",
      "ap-southeast-2": "AU",
      "ap-southeast-3": "ID",
      "ap-southeast-4": "AU",
      "ap-southeast-5": "MY",
      "ap-south-1": "IN",
      "ap-south-2": "IN",
      "ap-east-1": "HK",
      "sa-east-1": "BR",
      "il-central-1": "IL",
      "me-central-1": "AE",
      "me-south-1": "BH",
      "af-south-1": "ZA",
      "mx-central-1": "MX"
    },
    gcp: {
      "europe-west1": "BE",
      "europe-west2": "GB",
      "europe-west3": "DE",
      "europe-west4": "NL",
      "europe-west6": "CH",
      "europe-west8": "IT",
      "europe-west9": "FR",
      "europe-west10": "DE",
      "europe-west12": "IT",
      "europe-north1": "FI",
      "europe-north2": "SE",
      "europe-central2": "PL",
      "europe-southwest1": "ES",
      "us-central1": "US",
      "us-east1": "US",
      "us-east4": "US",
      "us-east5": "US",
      "us-west1": "US",
      "us-west2": "US",
      "us-west3": "US",
      "us-west4": "US",
      "us-south1": "US",
      "northamerica-northeast1": "CA",
      "northamerica-northeast2": "CA",
      "northamerica-south1": "MX",
      "asia-northeast1": "JP",
      "asia-northeast2": "JP",
      "asia-northeast3": "KR",
      "asia-southeast1": "SG",
      "asia-south1": "IN",
      "asia-east1": "TW",
      "asia-east2": "HK",
      "australia-southeast1": "AU",
      "southamerica-east1": "BR",
      "me-west1": "IL",
      "me-central1": "QA",
      "africa-south1": "ZA"
    },
    azure: {
      westeurope: "NL",
      northeurope: "IE",
      francecentral: "FR",
      francesouth: "FR",
      germanywestcentral: "DE",
      germanynorth: "DE",
      swedencentral: "SE",
      swedensouth: "SE",
      norwayeast: "NO",
      norwaywest: "NO",
      switzerlandnorth: "CH",
      switzerlandwest: "CH",
      uksouth: "GB",
      ukwest: "GB",
      italynorth: "IT",
      polandcentral: "PL",
      spaincentral: "ES",
      belgiumcentral: "BE",
      austriaeast: "AT",
      denmarkeast: "DK",
      eastus: "US",
      eastus2: "US",
      westus: "US",
      westus2: "US",
      westus3: "US",
      centralus: "US",
      northcentralus: "US",
      southcentralus: "US",
      westcentralus: "US",
      canadacentral: "CA",
      canadaeast: "CA",
      japaneast: "JP",
      japanwest: "JP",
      koreacentral: "KR",
      koreasouth: "KR",
      israelcentral: "IL",
      newzealandnorth: "NZ",
      brazilsouth: "BR",
      australiaeast: "AU",
      centralindia: "IN",
      southeastasia: "SG",
      eastasia: "HK",
      uaenorth: "AE",
      southafricanorth: "ZA"
    },
    scaleway: {
      "fr-par": "FR",
      "fr-par-1": "FR",
      "fr-par-2": "FR",
      "fr-par-3": "FR",
      "nl-ams": "NL",
      "nl-ams-1": "NL",
      "nl-ams-2": "NL",
      "nl-ams-3": "NL",
      "pl-waw": "PL",
      "pl-waw-1": "PL",
      "pl-waw-2": "PL",
      "pl-waw-3": "PL",
      "it-mil": "IT",
      "it-mil-1": "IT"
    },
    ovh: {
      gra: "FR",
      gra1: "FR",
      gra3: "FR",
      gra5: "FR",
      gra7: "FR",
      gra9: "FR",
      gra11: "FR",
      rbx: "FR",
      "rbx-a": "FR",
      sbg: "FR",
      sbg5: "FR",
      par: "FR",
      "eu-west-par": "FR",
      "eu-west-gra": "FR",
      "eu-west-rbx": "FR",
      "eu-west-sbg": "FR",
      lim: "DE",
      de1: "DE",
      "eu-central-lim": "DE",
      waw: "PL",
      waw1: "PL",
      "eu-central-waw": "PL",
      eri: "GB",
      uk1: "GB",
      "eu-west-lon": "GB",
      bhs: "CA",
      bhs5: "CA",
      "ca-east-bhs": "CA",
      hil: "US",
      vin: "US",
      "us-west-or-1": "US",
      "us-east-va-1": "US",
      sgp: "SG",
      syd: "AU",
      mum: "IN"
    },
    hetzner: {
      fsn1: "DE",
      nbg1: "DE",
      hel1: "FI",
      ash: "US",
      hil: "US",
      sin: "SG"
    },
    digitalocean: {
      nyc1: "US",
      nyc2: "US",
      nyc3: "US",
      sfo1: "US",
      sfo2: "US",
      sfo3: "US",
      atl1: "US",
      ams2: "NL",
      ams3: "NL",
      lon1: "GB",
      fra1: "DE",
      tor1: "CA",
      blr1: "IN",
      sgp1: "SG",
      syd1: "AU"
    },
    oci: {
      "eu-frankfurt-1": "DE",
      "eu-amsterdam-1": "NL",
      "eu-zurich-1": "CH",
      "eu-milan-1": "IT",
      "eu-stockholm-1": "SE",
      "eu-marseille-1": "FR",
      "eu-paris-1": "FR",
      "eu-madrid-1": "ES",
      "uk-london-1": "GB",
      "uk-cardiff-1": "GB",
      "us-ashburn-1": "US",
      "us-phoenix-1": "US",
      "us-sanjose-1": "US",
      "us-chicago-1": "US",
      "ca-toronto-1": "CA",
      "ca-montreal-1": "CA",
      "ap-tokyo-1": "JP",
      "ap-osaka-1": "JP",
      "ap-seoul-1": "KR",
      "ap-chuncheon-1": "KR",
      "ap-mumbai-1": "IN",
      "ap-hyderabad-1": "IN",
      "ap-sydney-1": "AU",
      "ap-melbourne-1": "AU",
      "ap-singapore-1": "SG",
      "sa-saopaulo-1": "BR",
      "sa-vinhedo-1": "BR",
      "sa-santiago-1": "CL",
      "me-jeddah-1": "SA",
      "me-dubai-1": "AE",
      "me-abudhabi-1": "AE",
      "af-johannesburg-1": "ZA",
      "il-jerusalem-1": "IL",
      "mx-queretaro-1": "MX",
      "mx-monterrey-1": "MX"
    }
  },
  providerAliases: {
    amazon: "aws",
    "amazon-web-services": "aws",
    google: "gcp",
    "google-cloud": "gcp",
    gce: "gcp",
    microsoft: "azure",
    "microsoft-azure": "azure",
    ovhcloud: "ovh",
    do: "digitalocean",
    "digital-ocean": "digitalocean",
    oracle: "oci",
    "oracle-cloud": "oci",
    azurerm: "azure",
    "google-beta": "gcp",
    hcloud: "hetzner"
  }
};

// packages/core/src/normalize/regions.ts
var providers = regions_default.providers;
var providerAliases = regions_default.providerAliases;
var KNOWN_PROVIDERS = Object.keys(providers);
function canonicalProvider(raw) {
  const key = raw.trim().toLowerCase().replace(/[\s_]+/g, "-");
  if (providers[key]) return key;
  return providerAliases[key];
}
function lookupRegion(region, provider) {
  const code = region.trim().toLowerCase();
  if (provider !== void 0) {
    const p = canonicalProvider(provider);
    if (!p) return { error: `unknown provider "${provider}" (known: ${KNOWN_PROVIDERS.join(", ")}); give a country instead` };
    const country = providers[p]?.[code];
    return country ? { country, provider: p } : { error: `unknown ${p} region "${region}"` };
  }
  const hits = Object.entries(providers).flatMap(([p, regions]) => regions[code] ? [{ provider: p, country: regions[code] }] : []);
  if (hits.length === 0) return { error: `unknown region "${region}"; add provider or give a country` };
  const countries2 = new Set(hits.map((h) => h.country));
  if (countries2.size > 1) {
    const list2 = hits.map((h) => `${h.provider} (${h.country})`).join(", ");
    return { error: `region "${region}" is ambiguous: ${list2}; add provider` };
  }
  return hits[0];
}

// packages/core/src/normalize/working-days.ts
import { readFileSync as readFileSync3 } from "node:fs";
var holidays;
var HOLIDAYS = () => holidays ??= JSON.parse(readFileSync3(new URL("./public-holidays.json", import.meta.url), "utf8")).countries;
var holidayCache = /* @__PURE__ */ new Map();
function publicHolidays(country, year) {
  const key = `${country}:${year}`;
  if (!holidayCache.has(key)) {
    const days = HOLIDAYS()[country]?.[String(year)];
    holidayCache.set(
      key,
      days === void 0 ? void 0 : days.split(" ").filter(Boolean).map((md) => `${year}-${md}`)
    );
  }
  return holidayCache.get(key);
}
function hasHolidayCalendar(country) {
  return HOLIDAYS()[country] !== void 0;
}
var EXACT_YEARS = 10;
var MAX_HOLIDAYS_PER_YEAR = 25;
function workingDaysBetween(from, to, country) {
  if (to <= from) return 0;
  let count = weekdaysBetween(from, to);
  if (!country || !hasHolidayCalendar(country)) return count;
  const firstYear = yearOf(from + 1);
  const lastYear = yearOf(to);
  for (let year = firstYear; year <= lastYear; year++) {
    if (year - firstYear >= EXACT_YEARS) {
      count -= (lastYear - year + 1) * MAX_HOLIDAYS_PER_YEAR;
      break;
    }
    const holidays2 = publicHolidays(country, year);
    if (holidays2 === void 0) {
      count -= MAX_HOLIDAYS_PER_YEAR;
      continue;
    }
    for (const iso of holidays2) {
      const day = parseIsoDay(iso);
      if (day > from && day <= to && weekday(day) <= 5) count--;
    }
  }
  return Math.max(0, count);
}
function weekdaysBetween(from, to) {
  const days = to - from;
  const weeks = Math.floor(days / 7);
  let count = weeks * 5;
  for (let day = from + 1 + weeks * 7; day <= to; day++) if (weekday(day) <= 5) count++;
  return count;
}
function yearOf(day) {
  return Number(dayToIso(day).slice(0, 4));
}
function parseIsoDay(iso) {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 864e5;
}

// packages/core/src/normalize/facts.ts
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var list = (v) => Array.isArray(v) ? v : [];
var RETENTION_ANCHORS = new Set(vendor_setup_schema_default.$defs.retentionAnchor.enum);
var DURATION_FIELDS = Object.entries(vendor_setup_schema_default.properties.contract.properties).filter(([, field]) => field.$ref === "#/$defs/duration").map(([name]) => name);
function dpaIdOf(doc) {
  const dpa = doc.dpa;
  if (typeof dpa === "string") return dpa;
  if (isObj(dpa) && typeof dpa.id === "string") return dpa.id;
  return void 0;
}
function normalize(doc, ctx) {
  const root = isObj(doc) ? doc : {};
  const dpaId = dpaIdOf(root);
  const n = new Normalizer();
  const facts = {
    today: ctx.today,
    asOf: ctx.asOf,
    dpa: dpaId ? { id: dpaId } : {},
    vendor: vendorFacts(root, n),
    hosting: list(root.hosting).map((entry, i) => hostingFacts(entry, i, n)),
    subprocessors: list(root.subprocessors).map((entry, i) => subprocessorFacts(entry, i, n)),
    retention: retentionFacts(root.retention, n),
    contract: contractFacts(root.contract, n),
    endOfContract: endOfContractFacts(root.contract, n),
    subprocessorChanges: list(root.subprocessorChanges).map(
      (entry, i) => changeFacts(entry, i, n, dpaId ? ctx.governingLaw(dpaId) : void 0)
    )
  };
  return { facts, problems: n.problems };
}
var Normalizer = class {
  problems = [];
  report(ruleId, path, message) {
    this.problems.push({ ruleId, path, message });
  }
  country(value, path) {
    if (typeof value !== "string") return void 0;
    const code = toCountryCode(value);
    if (!code)
      this.report("schema/country", path, `${formatPath(path)} "${value}" is not a known country (use an ISO code such as FR, or a name)`);
    return code;
  }
  duration(value, path) {
    if (value === void 0 || value === null) return void 0;
    if (typeof value !== "string" && typeof value !== "number") return void 0;
    const d = parseDuration(value);
    if (isDuration(d)) return d;
    this.report("schema/duration", path, `${formatPath(path)}: ${d.error}`);
    return void 0;
  }
  date(value, path) {
    if (typeof value !== "string") return void 0;
    const d = parseDate(value);
    if (typeof d === "number") return d;
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) this.report("schema/date", path, `${formatPath(path)}: ${d.error}`);
    return void 0;
  }
};
function vendorFacts(root, n) {
  const vendor = isObj(root.vendor) ? root.vendor : {};
  const code = n.country(vendor.country, ["vendor", "country"]);
  if (isObj(root.dpa)) n.date(root.dpa.signedOn, ["dpa", "signedOn"]);
  return code ? { country: code } : {};
}
function hostingFacts(entry, i, n) {
  const f = {};
  if (!isObj(entry)) return f;
  const byCountry = entry.country === void 0 ? void 0 : n.country(entry.country, ["hosting", i, "country"]);
  if (entry.region === void 0 && entry.country === void 0) {
    n.report("schema/required", ["hosting", i], `hosting[${i}] needs a region or a country`);
    return f;
  }
  if (typeof entry.region === "string") {
    const provider = typeof entry.provider === "string" ? entry.provider : void 0;
    const found = lookupRegion(entry.region, provider);
    if ("error" in found) {
      const at = found.error.startsWith("unknown provider") ? ["hosting", i, "provider"] : ["hosting", i, "region"];
      n.report("schema/region", at, `${formatPath(at)}: ${found.error}`);
    } else {
      f.provider = found.provider;
      if (byCountry && byCountry !== found.country) {
        n.report(
          "schema/region-country-mismatch",
          ["hosting", i, "country"],
          `hosting[${i}] says country ${byCountry} but region "${entry.region}" is in ${countryName(found.country)} (${found.country})`
        );
      }
      f.country = found.country;
      return f;
    }
  }
  if (byCountry) f.country = byCountry;
  return f;
}
function subprocessorFacts(entry, i, n) {
  const f = {};
  if (!isObj(entry)) return f;
  const c = n.country(entry.country, ["subprocessors", i, "country"]);
  if (c) f.country = c;
  const since = n.date(entry.since, ["subprocessors", i, "since"]);
  if (since !== void 0) f.since = since;
  return f;
}
function retentionFacts(retention, n) {
  const out = {};
  if (!isObj(retention)) return out;
  for (const [category, value] of Object.entries(retention)) {
    const anchored = isObj(value);
    if (anchored && value.from !== void 0 && !RETENTION_ANCHORS.has(value.from)) continue;
    const d = anchored ? n.duration(value.period, ["retention", category, "period"]) : n.duration(value, ["retention", category]);
    if (!d) continue;
    out[category] = anchored && typeof value.from === "string" ? { ...d, from: value.from } : d;
  }
  return out;
}
function contractFacts(contract, n) {
  const out = {};
  if (!isObj(contract)) return out;
  for (const field of DURATION_FIELDS) {
    const d = n.duration(contract[field], ["contract", field]);
    if (d) out[field] = d;
  }
  for (const field of ["renewal", "nextAudit"]) n.date(contract[field], ["contract", field]);
  return out;
}
function endOfContractFacts(contract, n) {
  const end = isObj(contract) && isObj(contract.endOfContract) ? contract.endOfContract : void 0;
  const within = end ? n.duration(end.within, ["contract", "endOfContract", "within"]) : void 0;
  return within ? { within } : {};
}
function changeFacts(entry, i, n, holidaysOf) {
  const f = {};
  if (!isObj(entry)) return f;
  const notice = n.date(entry.noticeReceived, ["subprocessorChanges", i, "noticeReceived"]);
  const effective = n.date(entry.effective, ["subprocessorChanges", i, "effective"]);
  if (notice !== void 0) f.noticeReceived = notice;
  if (effective !== void 0) f.effective = effective;
  if (notice === void 0 || effective === void 0) return f;
  f.elapsed = elapsedBetween(notice, effective, holidaysOf);
  f.windowElapsed = elapsedBetween(notice, Math.max(notice, effective - 1), holidaysOf);
  if (holidaysOf && hasHolidayCalendar(holidaysOf)) f.holidaysOf = holidaysOf;
  else
    f.workingDaysNote = holidaysOf ? `counted Monday to Friday: dpa-lint has no public-holiday calendar for ${holidaysOf}, the DPA's governing law` : "counted Monday to Friday: the DPA names no governing law whose public holidays to skip";
  return f;
}
function elapsedBetween(from, to, holidaysOf) {
  const days = to - from;
  const months = wholeMonthsBetween(from, to);
  return {
    hours: days * 24,
    days,
    working_days: days <= 0 ? 0 : workingDaysBetween(from, to, holidaysOf),
    months,
    years: Math.floor(months / 12)
  };
}

// packages/core/src/schema/pack-terms.schema.json
var pack_terms_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://dpa-lint.dev/schemas/pack-terms-v1.json",
  title: "dpa-lint DPA pack terms (policies/dpa/<id>/data.yaml)",
  description: "What a DPA pack may say: the signed DPA's terms, each with the clause and quote it comes from. A term the DPA does not state is written null, never left out (policies/README.md, 'Adding a DPA').",
  type: "object",
  required: [
    "terms"
  ],
  additionalProperties: false,
  properties: {
    terms: {
      type: "object",
      required: [
        "title",
        "governingLaw",
        "hosting",
        "subprocessors",
        "priorNotice",
        "objectionWindow",
        "breachNotification",
        "audit",
        "retention",
        "specialCategories",
        "clauses"
      ],
      additionalProperties: false,
      properties: {
        title: {
          type: "string",
          minLength: 1,
          not: {
            pattern: "TODO"
          },
          "x-message": "must be the DPA's title, not a TODO placeholder",
          description: "The DPA's title, as `dpa-lint rules` and `terms` show it."
        },
        source: {
          type: "string",
          minLength: 1,
          not: {
            pattern: "TODO"
          },
          "x-message": "must be the DPA text's file name, not a TODO placeholder",
          description: "The DPA's text file, relative to the pack, for policy check's quote verification."
        },
        governingLaw: {
          anyOf: [
            {
              $ref: "#/$defs/country"
            },
            {
              type: "null"
            }
          ],
          description: "The country whose public holidays working days skip; null when the DPA names no law.",
          "x-message": "must be the ISO code of the governing law's country, such as BE, or null when the DPA names none"
        },
        hosting: {
          type: "object",
          required: [
            "allowed",
            "declared"
          ],
          additionalProperties: false,
          properties: {
            allowed: {
              anyOf: [
                {
                  $ref: "#/$defs/places"
                },
                {
                  type: "null"
                }
              ],
              description: "Where the vendor may host; null when the DPA does not restrict hosting.",
              "x-message": "must be a list of ISO codes and EEA / adequacy, or null when the DPA does not restrict hosting"
            },
            declared: {
              anyOf: [
                {
                  $ref: "#/$defs/places"
                },
                {
                  type: "null"
                }
              ],
              description: "What the DPA claims about where all data stays; null when it claims nothing.",
              "x-message": "must be a list of ISO codes and EEA / adequacy, or null when the DPA claims nothing"
            }
          },
          description: "The DPA's hosting commitments."
        },
        subprocessors: {
          type: "object",
          required: [
            "listed",
            "list"
          ],
          additionalProperties: false,
          properties: {
            listed: {
              type: "boolean",
              description: "Whether the DPA gives a list of sub-processors."
            },
            list: {
              type: "array",
              items: {
                $ref: "#/$defs/subprocessor"
              },
              description: "The listed sub-processors."
            }
          },
          description: "The DPA's sub-processor list."
        },
        transfers: {
          type: "object",
          required: [
            "mechanisms"
          ],
          additionalProperties: false,
          description: "The DPA's own transfer clause, where it narrows GDPR Chapter V; absent when it does not.",
          properties: {
            mechanisms: {
              type: "array",
              minItems: 1,
              items: {
                enum: [
                  "adequacy",
                  "dpf",
                  "privacy-shield",
                  "scc",
                  "bcr",
                  "derogation"
                ]
              },
              description: "The transfer mechanisms the DPA accepts outside the EEA."
            },
            covers: {
              type: "array",
              minItems: 1,
              items: {
                enum: [
                  "hosting",
                  "subprocessors"
                ]
              },
              description: "Which locations the DPA's transfer clause covers: the vendor's hosting, its sub-processors, or both."
            }
          }
        },
        noticeCovers: {
          type: "array",
          minItems: 1,
          items: {
            enum: [
              "add",
              "replace",
              "remove"
            ]
          },
          description: "The changes the prior-notice clause covers, when it also covers removals."
        },
        priorNotice: {
          $ref: "#/$defs/term",
          description: "How long before a sub-processor change the vendor must give notice, or null when the DPA gives no number."
        },
        objectionWindow: {
          $ref: "#/$defs/term",
          description: "How long the controller has to object to a new sub-processor, or null when the DPA gives no number."
        },
        breachNotification: {
          $ref: "#/$defs/term",
          description: "How fast the vendor must report a personal data breach, or null ('without undue delay')."
        },
        audit: {
          type: "object",
          required: [
            "maxPerYear",
            "notice"
          ],
          additionalProperties: false,
          properties: {
            maxPerYear: {
              anyOf: [
                {
                  type: "integer",
                  minimum: 0
                },
                {
                  type: "null"
                }
              ],
              "x-message": "must be a whole number, or null when the DPA sets no cap",
              description: "The most audits a year the DPA allows, or null when it sets no cap."
            },
            uncapped: {
              const: true,
              description: "true when the DPA does not cap audits."
            },
            absent: {
              const: true,
              description: "true when the DPA grants no audit right at all."
            },
            notice: {
              $ref: "#/$defs/term",
              description: "The notice the DPA requires before an audit, or null."
            },
            noticeRef: {
              $ref: "#/$defs/citation",
              description: "The clause and quote of the audit-notice term, when it is not the audit right's own clause."
            }
          },
          description: "The DPA's audit right: a cap per year, the notice it requires, or uncapped / absent."
        },
        retention: {
          type: "array",
          items: {
            type: "object",
            required: [
              "category",
              "max",
              "clause",
              "quote"
            ],
            additionalProperties: false,
            properties: {
              category: {
                $ref: "#/$defs/name",
                description: "The data category, as vendor setups name it under retention."
              },
              aliases: {
                type: "array",
                items: {
                  $ref: "#/$defs/name"
                },
                description: "Other names setups may use for the category."
              },
              max: {
                $ref: "#/$defs/period",
                description: "The longest the DPA allows the category to be kept."
              },
              from: {
                enum: [
                  "collection",
                  "capture",
                  "creation",
                  "last-contact",
                  "end-of-contract",
                  "end-of-role"
                ],
                description: "The event the limit counts from (collection when absent)."
              },
              clause: {
                $ref: "#/$defs/clause",
                description: "The DPA's clause."
              },
              quote: {
                $ref: "#/$defs/quote",
                description: "The clause's words, verbatim."
              },
              gloss: {
                type: "string",
                description: "An English gloss of a quote in another language."
              }
            },
            description: "One retention limit."
          },
          description: "The DPA's retention limits per data category, each with its clause and quote."
        },
        specialCategories: {
          anyOf: [
            {
              type: "array",
              items: {
                enum: [
                  "health",
                  "biometric",
                  "genetic",
                  "racial-ethnic",
                  "political",
                  "religious",
                  "trade-union",
                  "sex-life"
                ]
              }
            },
            {
              type: "null"
            }
          ],
          description: "The Art. 9 categories the DPA declares ([] when it declares none); null when it says nothing.",
          "x-message": "must be a list of Art. 9 categories (health, biometric, genetic, racial-ethnic, political, religious, trade-union, sex-life), [] when the DPA declares none, or null when it is silent"
        },
        citations: {
          type: "object",
          additionalProperties: false,
          description: "One citation per term, serving every rule that reads it: the clause and quote of the DPA's notice, objection and breach terms (also where the DPA gives no number).",
          properties: {
            priorNotice: {
              $ref: "#/$defs/citation",
              description: "The clause and quote of the priorNotice term."
            },
            objectionWindow: {
              $ref: "#/$defs/citation",
              description: "The clause and quote of the objectionWindow term."
            },
            breachNotification: {
              $ref: "#/$defs/citation",
              description: "The clause and quote of the breachNotification term."
            },
            endOfContract: {
              $ref: "#/$defs/citation",
              description: "The clause and quote of the endOfContract term."
            }
          }
        },
        clauses: {
          type: "object",
          description: "The clause and quote of each shared rule that reads no single term (hosting, lists, audits, retention...), keyed by the rule's name.",
          additionalProperties: {
            $ref: "#/$defs/citation"
          }
        },
        endOfContract: {
          type: [
            "object",
            "null"
          ],
          additionalProperties: false,
          required: [
            "options"
          ],
          description: "(since 0.3) What happens to the personal data at the end of the services (GDPR Art. 28(3)(g)), or null when the DPA has no such clause.",
          properties: {
            options: {
              type: "array",
              minItems: 1,
              uniqueItems: true,
              items: {
                enum: [
                  "return",
                  "delete",
                  "transfer"
                ]
              },
              description: "What the controller may choose: return the data, delete it, or have it transferred to another processor."
            },
            default: {
              enum: [
                "return",
                "delete",
                null
              ],
              description: "What happens when the controller does not choose, or null when the DPA does not say."
            },
            deadline: {
              anyOf: [
                {
                  $ref: "#/$defs/period"
                },
                {
                  type: "null"
                }
              ],
              description: "How long the processor has to return or delete, or null when the DPA gives no deadline."
            }
          }
        }
      },
      description: "The signed DPA's terms, each with the clause and quote it comes from."
    }
  },
  $defs: {
    country: {
      type: "string",
      pattern: "^[A-Z]{2}$",
      "x-message": "must be an ISO 3166-1 alpha-2 code such as FR"
    },
    places: {
      type: "array",
      minItems: 1,
      items: {
        type: "string",
        pattern: "^([A-Z]{2}|EEA|adequacy)$",
        "x-message": "must be an ISO code such as FR, or EEA, or adequacy"
      }
    },
    name: {
      type: "string",
      minLength: 1
    },
    clause: {
      type: "string",
      minLength: 1,
      not: {
        pattern: "TODO"
      },
      "x-message": "must name the DPA's clause, not a TODO placeholder"
    },
    quote: {
      type: "string",
      minLength: 1,
      not: {
        pattern: "TODO"
      },
      "x-message": "must be the clause's words, verbatim, not a TODO placeholder"
    },
    citation: {
      type: "object",
      required: [
        "clause",
        "quote"
      ],
      additionalProperties: false,
      properties: {
        clause: {
          $ref: "#/$defs/clause",
          description: "The DPA's clause."
        },
        quote: {
          $ref: "#/$defs/quote",
          description: "The clause's words, verbatim (original language)."
        },
        gloss: {
          type: "string",
          description: "An English gloss of a quote in another language."
        }
      },
      description: "A clause and its verbatim quote."
    },
    unit: {
      enum: [
        "hours",
        "days",
        "working_days",
        "months",
        "years"
      ],
      "x-message": "must be hours, days, working_days, months or years"
    },
    period: {
      description: 'A period: {value, unit}, or as vendor files write it ("12 months").',
      anyOf: [
        {
          type: "object",
          required: [
            "value",
            "unit"
          ],
          additionalProperties: false,
          properties: {
            value: {
              type: "integer",
              minimum: 0,
              description: "The amount."
            },
            unit: {
              $ref: "#/$defs/unit",
              description: "The unit: hours, days, working_days, months or years."
            }
          },
          "x-message": "must be {value, unit}, such as {value: 30, unit: days}"
        },
        {
          $ref: "#/$defs/periodText"
        }
      ],
      "x-message": 'must be {value, unit} or a period such as "12 months", "10 working days"'
    },
    term: {
      description: "A period the DPA states, or null when it gives no number ('without undue delay', 'in advance').",
      anyOf: [
        {
          type: "object",
          required: [
            "value",
            "unit"
          ],
          additionalProperties: false,
          properties: {
            value: {
              type: "integer",
              minimum: 0,
              description: "The amount."
            },
            unit: {
              $ref: "#/$defs/unit",
              description: "The unit: hours, days, working_days, months or years."
            },
            readings: {
              type: "array",
              minItems: 2,
              items: {
                $ref: "#/$defs/period"
              },
              description: "Every reading of an ambiguous term (Easi's 'fifteen/thirty days')."
            },
            ambiguity: {
              type: "string",
              minLength: 1,
              description: "Why the term is ambiguous and which reading each check takes."
            }
          }
        },
        {
          $ref: "#/$defs/periodText"
        },
        {
          type: "null"
        }
      ],
      "x-message": 'must be {value, unit} (units hours, days, working_days, months, years), a period such as "10 working days", or null when the DPA gives no number'
    },
    subprocessor: {
      type: "object",
      required: [
        "name",
        "country",
        "mechanism"
      ],
      additionalProperties: false,
      properties: {
        name: {
          $ref: "#/$defs/name",
          description: "The sub-processor's name, as the DPA lists it."
        },
        aliases: {
          type: "array",
          items: {
            $ref: "#/$defs/name"
          },
          description: "Other names setups may use for it."
        },
        country: {
          anyOf: [
            {
              $ref: "#/$defs/country"
            },
            {
              type: "null"
            }
          ],
          "x-message": "must be an ISO code such as FR, or null when the DPA gives no server location",
          description: "Where it processes data (ISO code), or null when the DPA gives no server location."
        },
        mechanism: {
          anyOf: [
            {
              enum: [
                "eea",
                "adequacy",
                "dpf",
                "scc",
                "bcr",
                "derogation",
                "conditional"
              ]
            },
            {
              type: "null"
            }
          ],
          "x-message": "must be eea, adequacy, dpf, scc, bcr, derogation or conditional, or null when the DPA names none",
          description: "The transfer mechanism the DPA names for it, or null when it names none."
        },
        clause: {
          $ref: "#/$defs/clause",
          description: "The clause (row) of the DPA's list it comes from."
        },
        quote: {
          $ref: "#/$defs/quote",
          description: "That row's words, verbatim."
        },
        gloss: {
          type: "string",
          description: "An English gloss of a quote in another language."
        }
      },
      description: "One sub-processor the DPA lists."
    },
    periodText: {
      type: "string",
      pattern: "^[0-9]+ (hours?|days?|calendar days?|working days?|business days?|months?|years?)$",
      description: 'A period as vendor files write it: "10 working days", "1 month", "48 hours".'
    }
  }
};

// packages/core/src/schema/pack-periods.ts
function packTermsForPolicies(terms) {
  return walk(terms, pack_terms_schema_default.properties.terms, 0);
}
function policyDataForPolicies(data) {
  const packs = data.dpa;
  if (!isObject(packs)) return data;
  const dpa = Object.fromEntries(
    Object.entries(packs).map(([id, pack]) => [
      id,
      isObject(pack) && "terms" in pack ? { ...pack, terms: packTermsForPolicies(pack.terms) } : pack
    ])
  );
  return { ...data, dpa };
}
var DEFS = pack_terms_schema_default.$defs;
var PERIOD_TEXT = "#/$defs/periodText";
var MAX_DEPTH2 = 16;
function walk(value, node, depth) {
  if (depth > MAX_DEPTH2) return value;
  if (node.$ref === PERIOD_TEXT) return typeof value === "string" ? asPeriod(value) : value;
  if (node.$ref) return walk(value, DEFS[node.$ref.replace("#/$defs/", "")] ?? {}, depth + 1);
  let out = value;
  for (const alternative of node.anyOf ?? []) out = walk(out, alternative, depth + 1);
  if (Array.isArray(out) && node.items) {
    const items = node.items;
    return out.map((item) => walk(item, items, depth + 1));
  }
  if (isObject(out) && (node.properties || typeof node.additionalProperties === "object")) {
    const extra = typeof node.additionalProperties === "object" ? node.additionalProperties : void 0;
    return Object.fromEntries(
      Object.entries(out).map(([key, v]) => {
        const child2 = node.properties?.[key] ?? extra;
        return [key, child2 ? walk(v, child2, depth + 1) : v];
      })
    );
  }
  return out;
}
function asPeriod(text) {
  const period = parseDuration(text);
  return "error" in period ? text : { value: period.value, unit: period.unit };
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// packages/core/src/version.ts
var VERSION = require_package().version;

// packages/core/src/engine/policy.ts
var { loadPolicySync } = require_src();
var SDK_BUILTINS = /* @__PURE__ */ new Set(["sprintf", "regex.split", "yaml.is_valid", "yaml.marshal", "yaml.unmarshal", "json.is_valid"]);
var here = dirname3(fileURLToPath(import.meta.url));
var BUILTIN_BUNDLE_DIR = existsSync3(join3(here, "bundle")) ? join3(here, "bundle") : join3(here, "..", "..", "bundle");
function withSources(bundle, change) {
  return { ...bundle, sources: sourcesOf(bundle).map((s) => ({ ...s, ...change })) };
}
function sourcesOf(bundle) {
  return bundle.sources ?? [
    {
      kind: bundle.source === BUILTIN_BUNDLE_DIR ? "builtin" : "bundle",
      location: bundle.source === BUILTIN_BUNDLE_DIR ? "builtin" : bundle.source,
      packs: bundle.catalogue.packs.map((p) => p.id),
      ...bundle.source === BUILTIN_BUNDLE_DIR ? { version: VERSION } : {},
      digest: `sha256:${bundle.digest ?? digestOf("")}`,
      signature: "unsigned"
    }
  ];
}
function digestOf(...parts) {
  const hash = createHash2("sha256");
  for (const p of parts) hash.update(p).update("\0");
  return hash.digest("hex");
}
function foldTermsPacks(bundles) {
  const terms = bundles.filter((b) => b.termsOnly);
  if (terms.length === 0) return [...bundles];
  const rest = bundles.filter((b) => !b.termsOnly);
  const hostIndex = rest.findIndex((b) => b.catalogue.sharedRules !== void 0);
  const host = hostIndex >= 0 ? rest[hostIndex] : readBundle();
  const known = new Set(rest.flatMap((b) => b.catalogue.packs.map((p) => p.id)));
  let dpa = { ...host.data.dpa ?? {} };
  const packs = [...host.catalogue.packs];
  const rules = [...host.catalogue.rules];
  for (const t of terms) {
    for (const p of t.catalogue.packs) {
      if (known.has(p.id)) throw new PolicyError(`pack "${p.id}" is already loaded; give the pack another id`, { file: t.source });
      known.add(p.id);
    }
    dpa = { ...dpa, ...t.data.dpa ?? {} };
    packs.push(...t.catalogue.packs);
    rules.push(...t.catalogue.rules);
  }
  const digest = digestOf(host.digest ?? "", ...terms.map((t) => t.digest ?? ""));
  const sources = [...sourcesOf(host), ...terms.flatMap(sourcesOf)];
  const merged = { ...host, data: { ...host.data, dpa }, catalogue: { ...host.catalogue, packs, rules }, digest, sources };
  return hostIndex >= 0 ? rest.map((b, i) => i === hostIndex ? merged : b) : [merged, ...rest];
}
var builtin;
function readBundle(dir = BUILTIN_BUNDLE_DIR, verifyKey) {
  if (dir !== BUILTIN_BUNDLE_DIR || verifyKey) return readBundleFrom(dir, verifyKey);
  builtin ??= readBundleFrom(dir, void 0);
  return builtin;
}
function readBundleFrom(dir, verifyKey) {
  const tarPath = join3(dir, "bundle.tar.gz");
  const cataloguePath = join3(dir, "catalogue.json");
  let files;
  let catalogue;
  let digest;
  let catalogueText;
  try {
    const tarball = readFileSync4(tarPath);
    catalogueText = readFileSync4(cataloguePath, "utf8");
    digest = digestOf(tarball, catalogueText);
    files = readTarGz(tarball);
    catalogue = JSON.parse(catalogueText);
  } catch (error) {
    const hint = dir === BUILTIN_BUNDLE_DIR ? " (run npm run policies:build)" : "";
    throw new PolicyError(`cannot read the policy bundle${hint}: ${describeThrown(error)}`, { file: dir, cause: error });
  }
  const wasm = files.get("/policy.wasm");
  if (!wasm) throw new PolicyError("bundle has no /policy.wasm: was it built with opa build -t wasm?", { file: tarPath });
  const format = catalogue?.version;
  if (typeof format === "number" && format > CATALOGUE_FORMAT)
    throw new PolicyError(
      `was built by a newer dpa-lint (catalogue format ${format}; this dpa-lint ${VERSION} reads format ${CATALOGUE_FORMAT}): update dpa-lint or rebuild the pack with this version`,
      { file: cataloguePath }
    );
  if (!isCatalogue(catalogue)) throw new PolicyError("catalogue.json is not a dpa-lint rule catalogue", { file: cataloguePath });
  const signature = checkSignature(files, catalogueText, verifyKey, tarPath);
  let data = {};
  try {
    data = JSON.parse(files.get("/data.json")?.toString("utf8") ?? "{}");
  } catch (error) {
    throw new PolicyError(`bundle data.json is not JSON: ${describeThrown(error)}`, { file: tarPath });
  }
  let module;
  try {
    module = new WebAssembly.Module(new Uint8Array(wasm));
  } catch (error) {
    throw new PolicyError(`policy.wasm does not compile: ${describeThrown(error)}`, { file: tarPath });
  }
  const bundle = { source: dir, module, data, catalogue, digest };
  return signature.signature === "unsigned" ? bundle : withSources(bundle, signature);
}
function checkSignature(files, catalogueText, key, tarPath) {
  const signed = files.has(SIGNATURES_FILE);
  if (!key) return { signature: signed ? "unverified" : "unsigned" };
  if (!signed)
    throw new PolicyError(`is not signed, and the configuration requires a signature verified with ${key.name}`, { file: tarPath });
  try {
    const verified = verifyBundleFiles(files, key.text);
    const claim = verified.claims[CATALOGUE_CLAIM];
    if (claim?.hash !== catalogueClaim(catalogueText).hash)
      throw new PolicyError("catalogue.json does not match its signed digest (the catalogue beside the bundle was changed after signing)");
    return { signature: "verified", ...verified.keyId ? { keyId: verified.keyId } : {} };
  } catch (error) {
    throw new PolicyError(`${describeThrown(error)} (key ${key.name})`, { file: tarPath, cause: error });
  }
}
var PolicyEngine = class _PolicyEngine {
  constructor(bundle, policy, data, hasIndex) {
    this.bundle = bundle;
    this.policy = policy;
    this.data = data;
    this.hasIndex = hasIndex;
    this.rules = new Map(bundle.catalogue.rules.map((r) => [r.id, r]));
  }
  bundle;
  policy;
  data;
  hasIndex;
  /** The catalogue by rule id, built once: every evaluation checks its results against it. */
  rules;
  /**
   * The documents evaluated so far per pack. A pack's sub-processor index is computed at its second
   * document: the first computes it inline anyway, and a one-file run (a hook, an editor) would
   * pay for a second evaluation and a data reload that nothing reuses.
   */
  seen = /* @__PURE__ */ new Map();
  rule(id) {
    return this.rules.get(id);
  }
  /** `extraData` is merged over the bundle's data (the organisation's config goes in `config`). */
  // Asynchronous by contract (callers await it; workers build engines the same way), although
  // loading is synchronous today.
  // eslint-disable-next-line @typescript-eslint/require-await
  static async create(bundle, extraData = {}) {
    let policy;
    try {
      policy = loadPolicySync(bundle.module);
    } catch (error) {
      throw new PolicyError(`cannot instantiate policy.wasm: ${describeThrown(error)}`, { file: bundle.source, cause: error });
    }
    const missing = requiredBuiltins(policy).filter((name) => !SDK_BUILTINS.has(name));
    if (missing.length > 0) {
      throw new PolicyError(`the policies use built-ins that do not run under opa-wasm: ${missing.join(", ")}`, { file: bundle.source });
    }
    const entrypoints = policy.entrypoints;
    if (!(ENTRYPOINT in entrypoints)) {
      throw new PolicyError(`bundle has no ${ENTRYPOINT} entrypoint (it has: ${Object.keys(entrypoints).join(", ") || "none"})`, {
        file: bundle.source
      });
    }
    const data = policyDataForPolicies({ ...bundle.data, ...extraData });
    try {
      policy.setData(data);
    } catch (error) {
      throw new PolicyError(`cannot load policy data: ${describeThrown(error)}`, { file: bundle.source, cause: error });
    }
    return new _PolicyEngine(bundle, policy, data, INDEX_ENTRYPOINT in entrypoints);
  }
  /**
   * Computes a pack's sub-processor index once, with the policies' own rule (INDEX_ENTRYPOINT),
   * and gives it back as data: every later document of that pack reads it instead of keying the
   * list again. Where it cannot be computed the policies compute it per document, as before.
   */
  index(pack) {
    const packs = this.data.dpa;
    if (!packs || typeof packs[pack] !== "object") return;
    try {
      const [first] = evaluatePolicy(this.policy, { dpa: pack }, INDEX_ENTRYPOINT);
      if (!first || typeof first.result !== "object" || first.result === null) return;
      const precomputed = this.data.precomputed ?? {};
      this.data = { ...this.data, precomputed: { ...precomputed, subprocessors: { ...precomputed.subprocessors, [pack]: first.result } } };
      this.policy.setData(this.data);
    } catch {
    }
  }
  get packs() {
    return this.bundle.catalogue.packs;
  }
  /** Evaluates one vendor setup; the result is checked against the rule contract. */
  evaluate(input) {
    const pack = typeof input === "object" && input !== null ? dpaIdOf(input) : void 0;
    if (pack !== void 0 && this.hasIndex) {
      const seen = (this.seen.get(pack) ?? 0) + 1;
      this.seen.set(pack, seen);
      if (seen === 2) this.index(pack);
    }
    let result;
    try {
      result = evaluatePolicy(this.policy, input, ENTRYPOINT);
    } catch (error) {
      throw new PolicyError(`policy evaluation failed: ${describeThrown(error)}`, { file: this.bundle.source, cause: error });
    }
    const set = Array.isArray(result) && result.length > 0 ? result[0].result : [];
    return checkRawFindings(set ?? [], this.rules, this.bundle.source);
  }
};
function requiredBuiltins(policy) {
  const instance = "exports" in policy.wasmInstance ? policy.wasmInstance : policy.wasmInstance.instance;
  const exports = instance.exports;
  const builtins = exports.builtins;
  const dump = exports.opa_json_dump;
  if (!builtins || !dump) return [];
  const addr = dump(builtins());
  const bytes = new Uint8Array(policy.mem.buffer);
  let end = addr;
  while (bytes[end] !== 0) end++;
  const map = JSON.parse(Buffer.from(bytes.subarray(addr, end)).toString("utf8"));
  return Object.keys(map);
}

// packages/core/src/files/read.ts
import { closeSync, constants as constants2, fstatSync, openSync, readSync } from "node:fs";
function readVendorFile(path) {
  return withRegularFile(path, (fd, size) => {
    if (size > PARSE_LIMITS.maxBytes) return { problem: tooLargeMessage() };
    const bytes = readUpTo(fd, Math.min(size, PARSE_LIMITS.maxBytes) + 1);
    if (bytes.length > PARSE_LIMITS.maxBytes) return { problem: tooLargeMessage() };
    return { text: decodeText(bytes) };
  });
}
function withRegularFile(path, use) {
  let fd;
  try {
    fd = openSync(path, constants2.O_RDONLY | constants2.O_NONBLOCK);
  } catch (error) {
    return { problem: `cannot read: ${describeThrown(error)}` };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { problem: "not a regular file (a device, FIFO or socket); dpa-lint reads only regular files" };
    return use(fd, stat.size);
  } catch (error) {
    return { problem: `cannot read: ${describeThrown(error)}` };
  } finally {
    closeSync(fd);
  }
}
function readUpTo(fd, limit) {
  const buffer = Buffer.alloc(limit);
  let length = 0;
  for (let n = 1; n > 0 && length < limit; length += n) n = readSync(fd, buffer, length, limit - length, length);
  return buffer.subarray(0, length);
}
function decodeText(bytes) {
  if (bytes.length >= 2 && bytes[0] === 255 && bytes[1] === 254) return bytes.subarray(2).toString("utf16le");
  if (bytes.length >= 2 && bytes[0] === 254 && bytes[1] === 255) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return swapped.toString("utf16le");
  }
  return bytes.toString("utf8");
}

// packages/core/src/findings/baseline.ts
import { readFileSync as readFileSync6 } from "node:fs";

// packages/core/src/files/write.ts
import { lstatSync as lstatSync2, mkdirSync, readFileSync as readFileSync5, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename as basename3, dirname as dirname5, join as join5, relative as relative3, resolve as resolve4, sep as sep2 } from "node:path";

// packages/core/src/files/collect.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import { basename as basename2, dirname as dirname4, extname, isAbsolute, join as join4, relative as relative2, resolve as resolve3 } from "node:path";
var VENDOR_EXTENSIONS = /* @__PURE__ */ new Set([".yaml", ".yml", ".json"]);
var SKIPPED_DIRS = /* @__PURE__ */ new Set([".git"]);
var DECLARED_ONLY_DIRS = /* @__PURE__ */ new Set(["node_modules"]);
var GLOB_CHARS = /[*?[\]{}!]/;
function collectFiles(paths, cwd, options = {}) {
  const out = /* @__PURE__ */ new Set();
  const refused = /* @__PURE__ */ new Map();
  const excluded = excludedBy(options.exclude, resolve3(options.root ?? cwd));
  const repository = realpathOr(resolve3(options.repository ?? repositoryRoot(cwd)));
  const walker = new Walker(repository, refused, (f) => {
    if (!excluded(f)) out.add(f);
  });
  for (const p of paths) {
    const before = out.size + refused.size;
    if (GLOB_CHARS.test(p)) {
      walker.glob(p, cwd);
      if (out.size + refused.size === before) throw new InputError("no vendor file matches this glob", { file: p });
      continue;
    }
    const abs = resolve3(cwd, p);
    const stat = statOr(abs);
    if (!stat) throw new InputError(lstatOr(abs) ? "a symbolic link to nothing" : "no such file or directory", { file: p });
    if (!stat.isDirectory()) {
      if (walker.admit(abs)) out.add(abs);
      continue;
    }
    walker.walk(abs);
    if (out.size + refused.size === before)
      throw new InputError(`no vendor file (${[...VENDOR_EXTENSIONS].join(", ")}, or kind: VendorSetup) in this directory`, { file: p });
  }
  return { files: [...out].sort(), refused };
}
var Walker = class {
  constructor(repository, refused, visit) {
    this.repository = repository;
    this.refused = refused;
    this.visit = visit;
  }
  repository;
  refused;
  visit;
  seenDirs = /* @__PURE__ */ new Set();
  glob(pattern, cwd) {
    const { base, match } = splitGlob(pattern, cwd);
    if (statOr(base)?.isDirectory()) this.walk(base, (f) => match(toPosix(relative2(base, f))));
  }
  /** Whether a named file may be read: true, or false after recording why it is refused. */
  admit(abs) {
    const real = realpathOr(abs);
    if (real === abs || isInside(real, this.repository)) return true;
    this.refused.set(abs, `a symbolic link to ${real}, outside the repository: dpa-lint does not follow it`);
    return false;
  }
  walk(dir, matches2 = () => true, declaredOnly = false) {
    const real = realpathOr(dir);
    if (this.seenDirs.has(real)) return;
    this.seenDirs.add(real);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (SKIPPED_DIRS.has(entry.name)) continue;
      const full = join4(dir, entry.name);
      let target = entry;
      if (entry.isSymbolicLink()) {
        if (!this.admit(full)) continue;
        target = statOr(full);
        if (!target) {
          this.refused.set(full, "a symbolic link to nothing");
          continue;
        }
      }
      if (target.isDirectory()) this.walk(full, matches2, declaredOnly || DECLARED_ONLY_DIRS.has(entry.name));
      else if (target.isFile() && matches2(full) && (!declaredOnly && isVendorFileName(entry.name) || declaresVendorSetup(full)))
        this.visit(full);
    }
  }
};
function splitGlob(pattern, cwd) {
  const parts = toPosix(pattern).split("/");
  const firstGlob = parts.findIndex((part) => GLOB_CHARS.test(part));
  return {
    base: resolve3(cwd, parts.slice(0, firstGlob).join("/") || "."),
    match: (0, import_picomatch.default)(parts.slice(firstGlob).join("/"), { dot: true })
  };
}
function findRepositoryRoot(cwd) {
  for (let dir = resolve3(cwd); ; dir = dirname4(dir)) {
    if (lstatOr(join4(dir, ".git"))) return dir;
    if (dirname4(dir) === dir) return void 0;
  }
}
function repositoryRoot(cwd) {
  return findRepositoryRoot(cwd) ?? resolve3(cwd);
}
function isInside(path, dir) {
  const rel = relative2(dir, path);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
function realpathOr(path) {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
function statOr(path) {
  try {
    return statSync(path);
  } catch {
    return void 0;
  }
}
function lstatOr(path) {
  try {
    return lstatSync(path);
  } catch {
    return void 0;
  }
}
var SNIFF_BYTES = 64 * 1024;
var DECLARES_VENDOR_SETUP = /^\s*(?:kind|"kind"|'kind')\s*:\s*["']?VendorSetup\b/m;
function declaresVendorSetup(path) {
  return withRegularFile(path, (fd) => textDeclaresVendorSetup(decodeText(readUpTo(fd, SNIFF_BYTES)))) === true;
}
function textDeclaresVendorSetup(text) {
  return DECLARES_VENDOR_SETUP.test(text.slice(0, SNIFF_BYTES));
}
function isSkipped(name) {
  return name.startsWith(".") || SKIPPED_DIRS.has(name) || DECLARED_ONLY_DIRS.has(name);
}
function isVendorFileName(name) {
  return !name.startsWith(".") && VENDOR_EXTENSIONS.has(extname(name).toLowerCase()) && !name.endsWith(".expected.json");
}
function excludedBy(exclude, root) {
  if (!exclude || exclude.length === 0) return () => false;
  const match = (0, import_picomatch.default)([...exclude], { dot: true });
  return (abs) => match(toPosix(relative2(root, abs)));
}
function selectIncluded(paths, cwd, options) {
  const root = resolve3(options.root);
  const include = options.include.map(
    (p) => toPosix(p).replace(/^\.\/+/, "").replace(/\/+$/, "")
  );
  const globs = include.filter((p) => GLOB_CHARS.test(p));
  const matchesGlob = globs.length > 0 ? (0, import_picomatch.default)(globs, { dot: false }) : () => false;
  const prefixes = include.filter((p) => !GLOB_CHARS.test(p));
  const excluded = excludedBy(options.exclude, resolve3(options.excludeRoot ?? root));
  return paths.filter((p) => {
    const abs = resolve3(cwd, p);
    const rel = toPosix(relative2(root, abs));
    if (excluded(abs)) return false;
    const inside = !(rel.startsWith("../") || rel === "..");
    const byName = inside && !rel.split("/").some(isSkipped) && isVendorFileName(basename2(abs));
    if (byName && (matchesGlob(rel) || prefixes.some((pre) => pre === "" || pre === "." || rel === pre || rel.startsWith(`${pre}/`))))
      return true;
    return (options.declares ?? declaresVendorSetup)(abs);
  });
}

// packages/core/src/files/write.ts
function writeFileSafely(path, content, display = path) {
  const options = writeOptions(display);
  const shown = options.display ?? path;
  const target = resolve4(path);
  refuseLinks(target, shown, options.cwd);
  makeParents(dirname5(target), shown, options.cwd);
  const temp = join5(dirname5(target), `.${basename3(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    writeFileSync(temp, content, { flag: "wx" });
    renameSync(temp, target);
  } catch (error) {
    try {
      rmSync(temp, { force: true });
    } catch {
    }
    throw new InputError(`cannot write: ${describeThrown(error)}`, { file: shown });
  }
}
function makeDirectorySafely(dir, display = dir) {
  const options = writeOptions(display);
  const target = resolve4(dir);
  refuseLinks(target, options.display ?? dir, options.cwd);
  makeParents(target, options.display ?? dir, options.cwd);
}
function removeDirectorySafely(dir, display = dir) {
  const options = writeOptions(display);
  const target = resolve4(dir);
  refuseLinks(target, options.display ?? dir, options.cwd);
  rmSync(target, { recursive: true, force: true });
}
function copyFileSafely(source, target, display = target) {
  writeFileSafely(target, readFileSync5(source), display);
}
function refuseLinks(path, display, cwd = process.cwd()) {
  const root = resolve4(findRepositoryRoot(cwd) ?? cwd);
  const inside = path !== root && isInside(path, root);
  const parts = inside ? relative3(root, path).split(sep2) : [];
  const checked = inside ? parts.map((_, i) => join5(root, ...parts.slice(0, i + 1))) : [path];
  for (const p of checked) {
    let isLink;
    try {
      isLink = lstatSync2(p).isSymbolicLink();
    } catch {
      return;
    }
    if (isLink) {
      const which = p === path ? "" : ` (${relative3(root, p) || p} is one)`;
      throw new InputError(`refusing to write through a symbolic link${which}`, { file: display });
    }
  }
}
function makeParents(dir, display, cwd = process.cwd()) {
  const missing = [];
  for (let d = dir; ; d = dirname5(d)) {
    try {
      lstatSync2(d);
      break;
    } catch {
      missing.push(d);
      if (dirname5(d) === d) break;
    }
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d);
    } catch (error) {
      if (error.code !== "EEXIST")
        throw new InputError(`cannot create the directory ${relative3(resolve4(cwd), d) || d}: ${describeThrown(error)}`, {
          file: display
        });
    }
  }
}
function writeOptions(display) {
  return typeof display === "string" ? { display } : display;
}

// packages/core/src/findings/rule-aliases.ts
var FORMER_NAMES = {
  // 0.2 split "listed without a location or mechanism" in two; the old id keeps the location case.
  "subprocessor-listed-without-mechanism": "subprocessor-listed-without-location"
};
function formerId(ruleId) {
  const slash = ruleId.indexOf("/");
  const former = FORMER_NAMES[ruleId.slice(slash + 1)];
  return former === void 0 ? void 0 : `${ruleId.slice(0, slash + 1)}${former}`;
}

// packages/core/src/findings/baseline.ts
var pathKey = (f) => JSON.stringify([f.file, f.ruleId, f.document ?? 0, f.path]);
var keyOf2 = (f) => `${pathKey(f)}#${f.hash ?? ""}`;
function valueHashAt(doc, path) {
  let value = doc;
  for (const segment of path) {
    const next = value !== null && typeof value === "object" ? value[segment] : void 0;
    if (next === void 0) break;
    value = next;
  }
  return crypto().createHash("sha256").update(JSON.stringify(value) ?? "undefined").digest("hex").slice(0, 16);
}
function readBaseline(path, display = path) {
  let text;
  try {
    text = readFileSync6(path, "utf8");
  } catch (error) {
    throw new InputError(`cannot read the baseline: ${describeThrown(error)}`, { file: display });
  }
  return parseBaseline(text, display);
}
function parseBaseline(text, display) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`cannot read the baseline: ${describeThrown(error)}`, { file: display });
  }
  const b = value;
  const ok = b?.version === 1 && Array.isArray(b.findings) && b.findings.every(
    (f) => typeof f?.file === "string" && typeof f.ruleId === "string" && Array.isArray(f.path) && (f.hash === void 0 || typeof f.hash === "string") && Number.isInteger(f.count) && f.count > 0
  );
  if (!ok)
    throw new InputError("not a dpa-lint baseline (version 1, findings with file, ruleId, path, count)", {
      file: display,
      field: "findings"
    });
  return b;
}
function applyBaseline(findings, baseline, file) {
  const remaining = /* @__PURE__ */ new Map();
  for (const e of baseline.findings) remaining.set(keyOf2(e), (remaining.get(keyOf2(e)) ?? 0) + e.count);
  const take = (key) => {
    const left = remaining.get(key) ?? 0;
    if (left > 0) remaining.set(key, left - 1);
    return left > 0;
  };
  const kept = [];
  const suppressed = [];
  for (const f of findings) {
    const former = formerId(f.ruleId);
    const known = (g) => take(keyOf2({ ...g, hash: g.valueHash })) || take(keyOf2(g));
    if (known(f) || former !== void 0 && known({ ...f, ruleId: former }))
      suppressed.push({ ...f, suppression: { kind: "baseline", reason: `in the baseline ${file}` } });
    else kept.push(f);
  }
  let stale = 0;
  for (const left of remaining.values()) stale += left;
  return { findings: kept, suppressed, stale };
}

// packages/core/src/findings/docs-url.ts
var PROJECT_URL = "https://github.com/dpa-lint/dpa-lint";
var DOCS_BASE = `${PROJECT_URL}/blob/main/docs/rules/`;
function docPath(ruleId) {
  const engine2 = engineRuleMeta(ruleId);
  if (engine2) return `${engine2.id.replace(/\/\*$/, "")}.md`;
  return `${ruleId}.md`;
}
function sharedRuleDocsUrl(name) {
  return `${DOCS_BASE}shared/${name}.md`;
}
function docsUrl(ruleId) {
  return `${DOCS_BASE}${docPath(ruleId)}`;
}
function ruleDocsUrl(ruleId, catalogueUrl, docsBase) {
  const url = catalogueUrl ?? docsUrl(ruleId);
  return docsBase && url.startsWith(DOCS_BASE) ? `${docsBase}${url.slice(DOCS_BASE.length)}` : url;
}

// packages/core/src/findings/rule-settings.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);
function applyRuleSettings(findings, config, relativeToRoot) {
  const settingOf = settingsOf(config);
  const out = [];
  for (const f of findings) {
    const setting = settingOf(f.ruleId, relativeToRoot(f.file));
    if (setting === void 0) out.push(f);
    else if (setting === "off") {
      if (isEngineRule(f.ruleId)) out.push(f);
    } else out.push({ ...f, severity: setting });
  }
  return out;
}
var compiled = /* @__PURE__ */ new WeakMap();
function settingsOf(config) {
  let settingOf = compiled.get(config);
  if (!settingOf) {
    settingOf = ruleSettingsFor(config);
    compiled.set(config, settingOf);
  }
  return settingOf;
}
function ruleSettingsFor(config) {
  const overrides = config.overrides.map((o) => ({ match: (0, import_picomatch2.default)(o.files, { dot: true }), rules: o.rules }));
  const matching = /* @__PURE__ */ new Map();
  const known = /* @__PURE__ */ new Map();
  return (ruleId, rel) => {
    const key = `${rel}\0${ruleId}`;
    if (known.has(key)) return known.get(key);
    let entries = matching.get(rel);
    if (!entries) {
      entries = overrides.filter((o) => o.match(rel)).map((o) => o.rules);
      matching.set(rel, entries);
    }
    let setting = settingFor(config.rules, ruleId);
    for (const rules of entries) setting = settingFor(rules, ruleId) ?? setting;
    known.set(key, setting);
    return setting;
  };
}
function settingFor(rules, ruleId) {
  const pack = ruleId.includes("/") ? `${ruleId.slice(0, ruleId.indexOf("/"))}/*` : void 0;
  const former = formerId(ruleId);
  return rules[ruleId] ?? (former ? rules[former] : void 0) ?? (pack ? rules[pack] : void 0);
}

// packages/core/src/arrays.ts
function appendAll(target, items) {
  for (const item of items) target.push(item);
  return target;
}
function groupBy(items, keyOf3, into = /* @__PURE__ */ new Map()) {
  for (const item of items) {
    const key = keyOf3(item);
    const group = into.get(key);
    if (group) group.push(item);
    else into.set(key, [item]);
  }
  return into;
}
function maxOf(values) {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  return max;
}

// packages/core/src/findings/suppressions.ts
var DIRECTIVE = /^#\s*dpa-lint-disable(-next-line|-line)?(?![\w-])(.*)$/;
var UNTIL = /\(until\s+([^()]*)\)\s*$/;
function parseSuppressions({ comments, lines }) {
  const out = [];
  for (const comment of comments) {
    const m = DIRECTIVE.exec(comment.source.trimEnd());
    if (!m) continue;
    const { line, col } = lines.linePos(comment.offset);
    const rest = (m[2] ?? "").trim();
    const [rulePart = "", ...reasonParts] = rest.split(/\s--\s?|^--\s?/);
    let reason = reasonParts.join(" -- ").trim();
    const s = {
      line,
      column: col,
      target: m[1] === "-line" ? line : line + 1,
      rules: rulePart.split(/[\s,]+/).filter(Boolean),
      raw: comment.source.trimEnd()
    };
    if (m[1] === void 0) s.problem = "use dpa-lint-disable-next-line or dpa-lint-disable-line: a whole file cannot be exempted";
    const u = UNTIL.exec(reason);
    if (u) {
      reason = reason.slice(0, u.index).trim();
      const date = (u[1] ?? "").trim();
      if (typeof parseDate(date) === "number") s.until = date;
      else s.problem = `"(until ${date})" is not a real date written YYYY-MM-DD`;
    }
    if (reason) s.reason = reason;
    out.push(s);
  }
  return out;
}
function matches(rule, ruleId) {
  return rule === ruleId || rule === formerId(ruleId) || rule.endsWith("/*") && ruleId.startsWith(rule.slice(0, -1));
}
function applySuppressions(file, findings, suppressions, today, unevaluated = []) {
  const kept = [];
  const suppressed = [];
  const problems = [];
  const at = (s, ruleId, severity, message) => ({
    file,
    ruleId,
    severity,
    message,
    path: [],
    line: s.line,
    column: s.column,
    endLine: s.line,
    endColumn: s.column + s.raw.length
  });
  const active = suppressions.filter((s) => {
    const engine2 = s.rules.filter(isEngineRuleId);
    if (s.problem) problems.push(at(s, "suppression/invalid", "error", s.problem));
    else if (engine2.length > 0)
      problems.push(
        at(
          s,
          "suppression/invalid",
          "error",
          `${engine2.join(", ")} cannot be suppressed: problems with the file itself are fixed, never silenced`
        )
      );
    else if (s.rules.length === 0)
      problems.push(at(s, "suppression/invalid", "error", "a dpa-lint-disable comment must name the rules it suppresses"));
    else if (!s.reason)
      problems.push(at(s, "suppression/invalid", "error", `the suppression of ${s.rules.join(", ")} needs a reason after " -- "`));
    else if (s.until && s.until < today)
      problems.push(at(s, "suppression/expired", "warning", `the suppression of ${s.rules.join(", ")} expired on ${s.until}`));
    else return true;
    return false;
  });
  const byTarget = groupBy(active, (s) => s.target);
  const used = /* @__PURE__ */ new Set();
  for (const f of findings) {
    const s = byTarget.get(f.line)?.find((c) => c.rules.some((r) => matches(r, f.ruleId)));
    if (!s) {
      kept.push(f);
      continue;
    }
    used.add(s);
    suppressed.push({ ...f, suppression: { kind: "inline", reason: s.reason ?? "", ...s.until ? { until: s.until } : {} } });
  }
  const judged = (s) => !unevaluated.some(([from, to]) => s.target >= from && s.target <= to);
  for (const s of active)
    if (!used.has(s) && judged(s))
      problems.push(at(s, "suppression/unused", "warning", `no ${s.rules.join(", ")} finding on line ${s.target} to suppress`));
  return { findings: kept, suppressed, problems };
}

// packages/core/src/findings/finalize.ts
function finalize(files, ctx) {
  let results = [];
  let suppressed = [];
  const duplicates = duplicateNames(files);
  for (const [i, file] of files.entries()) {
    const configured = applyRuleSettings([...file.findings, ...duplicates.get(i) ?? []], ctx.settings, ctx.relativeToRoot);
    if (!ctx.inlineSuppressions) {
      appendAll(results, configured);
      continue;
    }
    const split = applySuppressions(file.file, configured, file.suppressions, ctx.today, file.unevaluated);
    const problems = applyRuleSettings(split.problems, ctx.settings, ctx.relativeToRoot);
    appendAll(results, split.findings);
    appendAll(results, problems);
    appendAll(suppressed, split.suppressed);
  }
  results = results.map((f) => enrich(f, ctx));
  suppressed = suppressed.map((f) => enrich(f, ctx));
  let staleBaselineEntries = 0;
  if (ctx.baseline) {
    const split = applyBaseline(results, ctx.baseline.baseline, ctx.baseline.file);
    results = split.findings;
    appendAll(suppressed, split.suppressed);
    staleBaselineEntries = split.stale;
  }
  return { results: sortAndDedupe(results), suppressed: sortAndDedupe(suppressed), staleBaselineEntries };
}
function enrich(f, ctx) {
  const meta = ctx.ruleMeta(f.ruleId);
  const out = { ...f, docsUrl: ruleDocsUrl(f.ruleId, meta?.docsUrl, ctx.docsBase) };
  if (!meta) return out;
  const dpa = f.dpa ?? (ctx.isDpaPack(meta.pack) ? meta.pack : void 0);
  if (dpa) out.dpa = dpa;
  const clause = f.clause ?? meta.clause;
  if (clause) out.clause = clause;
  const quote = f.quote ?? meta.quote;
  if (quote) out.quote = quote;
  return out;
}
function duplicateNames(files) {
  const first = /* @__PURE__ */ new Map();
  const out = /* @__PURE__ */ new Map();
  for (const [i, r] of files.entries()) {
    for (const n of r.names) {
      const seen = first.get(n.name);
      if (!seen) {
        first.set(n.name, { file: r.file, line: n.position.line });
        continue;
      }
      const list2 = out.get(i) ?? [];
      list2.push({
        file: r.file,
        ruleId: "schema/duplicate-name",
        severity: "error",
        message: `metadata.name "${n.name}" is already used in ${seen.file}:${seen.line}; names are unique in the repository`,
        path: ["metadata", "name"],
        ...n.document !== void 0 ? { document: n.document } : {},
        ...n.position
      });
      out.set(i, list2);
    }
  }
  return out;
}

// packages/core/src/schema/policy-values.ts
var MAX_POLICY_INT = 2 ** 31 - 1;
function numbersOutOfRange(value) {
  const out = [];
  const stack = [[value, []]];
  while (stack.length > 0) {
    const [v, path] = stack.pop();
    if (typeof v === "number" && (!Number.isFinite(v) || Math.abs(v) > MAX_POLICY_INT)) out.push(path);
    else if (Array.isArray(v)) v.forEach((item, i) => stack.push([item, [...path, i]]));
    else if (v !== null && typeof v === "object") for (const [k, item] of Object.entries(v)) stack.push([item, [...path, k]]);
  }
  return out.reverse();
}
var VALUE_KEYWORDS = /* @__PURE__ */ new Set(["schema/type", "schema/minimum", "schema/maximum", "schema/exclusive-minimum", "schema/multiple-of"]);
function withoutRejectedValues(doc, problems) {
  const paths = problems.filter((p) => VALUE_KEYWORDS.has(p.ruleId) && !p.atKey && p.path.length > 0).map((p) => p.path);
  if (paths.length === 0) return doc;
  const root = { ...doc };
  for (const path of paths) {
    let parent = root;
    for (const segment of path.slice(0, -1)) {
      const child2 = parent[segment];
      if (child2 === null || typeof child2 !== "object") break;
      const copy = Array.isArray(child2) ? [...child2] : { ...child2 };
      parent[segment] = copy;
      parent = copy;
    }
    const last = path[path.length - 1];
    if (typeof parent[last] === "number") {
      if (Array.isArray(parent)) parent[last] = null;
      else delete parent[last];
    }
  }
  return root;
}

// packages/core/src/lint.ts
var Linter = class _Linter {
  constructor(cwd, engines, today, asOf, config, inlineSuppressions) {
    this.cwd = cwd;
    this.engines = engines;
    this.today = today;
    this.asOf = asOf;
    this.config = config;
    this.inlineSuppressions = inlineSuppressions;
    this.dpaPacks = new Map(engines.flatMap((e) => e.packs.filter((p) => p.kind === "dpa").map((p) => [p.id, p])));
    this.normalizeContext = { today, asOf, governingLaw: (id) => this.governingLaw(id) };
  }
  cwd;
  engines;
  today;
  asOf;
  config;
  inlineSuppressions;
  /** The DPA packs of every loaded bundle, by id. */
  dpaPacks;
  normalizeContext;
  static async create(options = {}) {
    const bundles = foldTermsPacks(options.bundles ?? [readBundle()]);
    const cwd = resolve5(options.cwd ?? process.cwd());
    const config = options.config ?? defaultConfig(cwd);
    checkRuleKeys(
      config,
      bundles.flatMap((b) => b.catalogue.rules)
    );
    const engines = await Promise.all(bundles.map((b) => PolicyEngine.create(b, policyData(config))));
    const today = options.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
    const asOf = checkAsOf(options.asOf ?? config.asOf ?? today);
    return new _Linter(cwd, engines, today, asOf, config, options.inlineSuppressions ?? true);
  }
  /** What a worker thread needs to build the same linter (parallel/pool.ts). */
  workerSetup() {
    return {
      cwd: this.cwd,
      config: this.config,
      today: this.today,
      asOf: this.asOf,
      inlineSuppressions: this.inlineSuppressions,
      bundles: this.engines.map((e) => e.bundle)
    };
  }
  /**
   * What a file's checked result depends on besides its bytes (the key of `lint --cache`):
   * dpa-lint's version, each bundle's digest, the organisation's policy, the days and whether
   * inline suppressions are read. Undefined when a bundle has no digest (nothing is cached then).
   */
  resultKey() {
    const digests = this.engines.map((e) => e.bundle.digest);
    if (digests.some((d) => d === void 0)) return void 0;
    return digestOf(
      VERSION,
      this.today,
      this.asOf,
      String(this.inlineSuppressions),
      JSON.stringify(policyData(this.config)),
      ...digests
    );
  }
  /**
   * The problems of a document built from a deployment (infrastructure.ts): normalised and
   * evaluated like a vendor setup, with `infrastructure` beside it in the policies' input for the
   * infra rules. The schema is not checked: the document is dpa-lint's own.
   */
  checkDeployment(value, infrastructure) {
    const problems = [];
    const { facts, problems: normalizeProblems } = normalize(value, this.normalizeContext);
    for (const p of normalizeProblems) problems.push({ ruleId: p.ruleId, severity: "error", message: p.message, path: p.path });
    const input = { ...policyInput(value, facts), infrastructure };
    for (const engine2 of this.engines) for (const raw of engine2.evaluate(input)) problems.push(fromRaw(raw));
    return problems;
  }
  /**
   * The policies' input for each vendor setup document of a file's text, as a lint builds it: the
   * document with the facts this linter derives (its day, its packs' governing law). For tools
   * that evaluate the policies themselves (the differential test against opa eval, the bench).
   */
  policyInputsOf(file, text) {
    return parseYamlText(file, text).documents.map((d) => d.value).filter((v) => typeof v === "object" && v !== null && !Array.isArray(v)).map((v) => policyInput(v, this.factsOf(v)));
  }
  /** The countries a vendor setup's hosting entries resolve to (what it declares). */
  hostingCountries(value) {
    return this.factsOf(value).hosting.map((h) => h.country);
  }
  /** What the engine derives from a vendor setup (countries, durations, dates), as the policies read it. */
  factsOf(value) {
    return normalize(value, this.normalizeContext).facts;
  }
  /** A DPA pack's terms as the checks read them (the first loaded bundle that has the pack). */
  packTerms(id) {
    for (const e of this.engines) {
      const terms = (e.bundle.data.dpa ?? {})[id]?.terms;
      if (terms) return terms;
    }
    return void 0;
  }
  /** The dated legal facts the policies read (policies/lib/legal/data.yaml), from the first bundle. */
  legalData() {
    return this.engines[0]?.bundle.data.lib?.legal ?? {};
  }
  /** The governing-law country of a loaded DPA pack (its working days skip that country's holidays). */
  governingLaw(dpaId) {
    return this.dpaPacks.get(dpaId)?.governingLaw;
  }
  /** Every source of the packs this linter judges by, in evaluation order (reports' provenance). */
  get policySources() {
    return this.engines.flatMap((e) => sourcesOf(e.bundle));
  }
  /** The catalogue of each loaded bundle (their legal facts, rules and packs). */
  get catalogues() {
    return this.engines.map((e) => e.bundle.catalogue);
  }
  /** Reads and lints one file from disk: its findings configured, suppressed and sorted. */
  lintFile(path) {
    return this.finalizeOne(this.checkFile(path));
  }
  /** Lints text as if it were the file `path` (stdin and editors use this). */
  lintText(path, text) {
    return this.finalizeOne(this.check(path, text));
  }
  /** Reads and checks one file from disk; `finalize` does the rest (api.ts, workers). */
  checkFile(path) {
    const read = readVendorFile(resolve5(this.cwd, path));
    if ("text" in read) return this.check(path, read.text);
    return unlintedFile(this.displayName(path), "parse-error", read.problem);
  }
  /**
   * The checks of one file, in pipeline order: parse, then per document the value budget, the
   * schema, the DPA pack, normalisation and the policies. Every check returns problems (rule and
   * JSON path); each document's are placed in the source in one call.
   */
  check(path, text) {
    const file = this.displayName(path);
    const source = parseYamlText(file, text, { budget: true });
    const result = { file, findings: [...source.problems], suppressions: [], names: [] };
    if (source.unevaluated.length > 0) result.unevaluated = [...source.unevaluated];
    if (this.inlineSuppressions) result.suppressions = parseSuppressions(source);
    const live = source.documents.filter((d) => d.value !== null && d.value !== void 0);
    if (live.length === 0 && source.problems.length === 0)
      result.findings.push(atFileStart(file, "schema/empty", "file holds no vendor setup document"));
    let evaluated = 0;
    for (const doc of live) {
      const tooLarge = overBudget(doc.values, evaluated);
      const problems = tooLarge ? [{ ruleId: "parse-error", severity: "error", message: tooLarge, path: [] }] : this.checkDocument(doc);
      if (!tooLarge) evaluated += doc.values;
      else (result.unevaluated ??= []).push(source.lines.lineSpan(...doc.range));
      for (const f of locateProblems(problems, source, doc)) result.findings.push(f);
      const name = doc.value?.metadata?.name;
      if (!tooLarge && typeof name === "string") {
        const position = doc.position(["metadata", "name"]);
        result.names.push({ name, position, ...source.documents.length > 1 ? { document: doc.index } : {} });
      }
    }
    return result;
  }
  /** How finalize applies this linter's configuration, today and catalogues (findings/finalize.ts). */
  finalizeContext(baseline) {
    return {
      settings: this.config,
      relativeToRoot: (f) => toPosix(relative4(this.config.root, resolve5(this.cwd, f))),
      inlineSuppressions: this.inlineSuppressions,
      today: this.today,
      ruleMeta: (id) => this.ruleMeta(id),
      isDpaPack: (id) => this.dpaPacks.has(id),
      ...baseline ? { baseline } : {},
      ...this.config.docsBase ? { docsBase: this.config.docsBase } : {}
    };
  }
  /** The catalogue entry of a rule: a policy rule of a loaded bundle, or one of the engine's own. */
  ruleMeta(ruleId) {
    for (const e of this.engines) {
      const meta = e.rule(ruleId);
      if (meta) return meta;
    }
    return engineRuleMeta(ruleId);
  }
  finalizeOne(checked) {
    const done = finalize([checked], this.finalizeContext());
    return { file: checked.file, findings: done.results, suppressed: done.suppressed, names: checked.names };
  }
  /** The problems of one document: format, pack, normalisation, then each bundle's policies. */
  checkDocument(doc) {
    const problems = [];
    const error = (ruleId, message, path, atKey = false) => {
      problems.push({ ruleId, severity: "error", message, path, ...atKey ? { atKey } : {} });
    };
    const outOfRange = numbersOutOfRange(doc.value);
    for (const path of outOfRange)
      error(
        "schema/number-range",
        `${formatPath(path)} is outside the whole numbers the policies compute with (${-MAX_POLICY_INT - 1} to ${MAX_POLICY_INT})`,
        path
      );
    const schemaProblems = validateVendorSetup(doc.value);
    for (const p of schemaProblems) error(p.ruleId, p.message, p.path, p.atKey);
    if (outOfRange.length > 0 || typeof doc.value !== "object" || doc.value === null || Array.isArray(doc.value)) return problems;
    const value = doc.value;
    const unknownPack = this.unknownPack(value);
    if (unknownPack) problems.push(unknownPack);
    const { facts, problems: normalizeProblems } = normalize(value, this.normalizeContext);
    for (const p of normalizeProblems) error(p.ruleId, p.message, p.path);
    const input = policyInput(withoutRejectedValues(value, schemaProblems), facts);
    for (const engine2 of this.engines) {
      try {
        for (const raw of engine2.evaluate(input)) problems.push(fromRaw(raw));
      } catch (thrown) {
        error("file/evaluation-failed", `the policies could not evaluate this document: ${describeThrown(thrown)}`, []);
      }
    }
    return problems;
  }
  /** `schema/unknown-dpa` when the document names a pack no loaded bundle has. */
  unknownPack(value) {
    const dpaId = dpaIdOf(value);
    if (dpaId === void 0 || !/^[a-z0-9][a-z0-9_-]*$/.test(dpaId) || this.dpaPacks.has(dpaId)) return void 0;
    const path = typeof value.dpa === "string" ? ["dpa"] : ["dpa", "id"];
    const list2 = [...this.dpaPacks.keys()].sort().join(", ");
    return { ruleId: "schema/unknown-dpa", severity: "error", message: `no policy pack "${dpaId}" is loaded (known: ${list2})`, path };
  }
  /** A path as findings name it: relative to cwd, forward slashes. */
  displayName(path) {
    const rel = relative4(this.cwd, resolve5(this.cwd, path));
    return toPosix(rel === "" ? path : rel);
  }
};
function fromRaw(raw) {
  return {
    ruleId: raw.rule,
    severity: raw.severity,
    message: raw.msg,
    path: raw.path,
    ...raw.dpa ? { dpa: raw.dpa } : {},
    ...raw.clause ? { clause: raw.clause } : {},
    ...raw.quote ? { quote: raw.quote } : {}
  };
}
function locateProblems(problems, source, doc) {
  const multi = source.documents.length > 1;
  const hashes = /* @__PURE__ */ new Map();
  return problems.map(({ atKey, ...p }) => {
    const key = JSON.stringify(p.path);
    let valueHash = hashes.get(key);
    if (valueHash === void 0) hashes.set(key, valueHash = valueHashAt(doc.value, p.path));
    return {
      file: source.file,
      ...p,
      ...multi ? { document: doc.index } : {},
      ...doc.position(p.path, atKey),
      valueHash
    };
  });
}
function atFileStart(file, ruleId, message) {
  return { file, ruleId, severity: "error", message, path: [], line: 1, column: 1, endLine: 1, endColumn: 1 };
}
function unlintedFile(file, ruleId, message) {
  return { file, findings: [atFileStart(file, ruleId, message)], suppressions: [], names: [] };
}
function overBudget(values, before) {
  const { maxValuesPerDocument: perDoc, maxValuesPerFile: perFile } = PARSE_LIMITS;
  return values <= perDoc && before + values <= perFile ? void 0 : overBudgetMessage(values);
}
function policyInput(doc, facts) {
  return { ...doc, derived: facts };
}
function checkAsOf(day) {
  const parsed = parseDate(day);
  if (typeof parsed !== "number")
    throw new InputError(`${parsed.error}; give the day whose legal facts apply as YYYY-MM-DD`, { field: "as-of" });
  return day;
}

// packages/core/src/parallel/run-worker.ts
async function runLintWorker() {
  const threads = workerThreads();
  const setup = threads.workerData;
  const post = (m) => threads.parentPort?.postMessage(m);
  try {
    const linter = await Linter.create({
      cwd: setup.cwd,
      config: setup.config,
      today: setup.today,
      asOf: setup.asOf,
      inlineSuppressions: setup.inlineSuppressions,
      bundles: setup.bundles
    });
    let batch = [];
    for (const f of setup.files) {
      batch.push(linter.checkFile(f));
      if (batch.length === 50) {
        post({ kind: "results", results: batch });
        batch = [];
      }
    }
    if (batch.length > 0) post({ kind: "results", results: batch });
    post({ kind: "done" });
  } catch (error) {
    post({
      kind: "error",
      name: error instanceof Error ? error.name : "Error",
      message: error instanceof DpaLintError ? error.message : describeThrown(error),
      ...error instanceof DpaLintError && error.file ? { file: error.file } : {},
      ...error instanceof DpaLintError && error.field ? { field: error.field } : {}
    });
  }
}

export {
  SourceLines,
  thousands,
  PARSE_LIMITS,
  parseYamlText,
  DpaLintError,
  PolicyError,
  InputError,
  describeThrown,
  isNpmPack,
  parseNpmPack,
  resolveNpmPack,
  isOciPack,
  parseOciRef,
  formatOciRef,
  registryUrl,
  toPosix,
  SEVERITY_RANK,
  isSeverity,
  findingAt,
  require_ucs2length,
  require_equal,
  schemaValidator,
  CONFIG_NAMES,
  DEFAULT_INCLUDE,
  defaultConfig,
  findConfig,
  loadConfig,
  parseConfig,
  engineRuleMeta,
  nearest,
  POLICY_GROUPS,
  SEVERITY_OF_SET,
  ENTRYPOINT,
  INDEX_ENTRYPOINT,
  childProcess,
  crypto,
  os,
  workerThreads,
  readTarGz,
  writeTarGz,
  JsonTextError,
  parseJsonText,
  SIGNATURES_FILE,
  CATALOGUE_CLAIM,
  catalogueClaim,
  signBundleFiles,
  canonicalProvider,
  pack_terms_schema_default,
  VERSION,
  withSources,
  sourcesOf,
  digestOf,
  foldTermsPacks,
  readBundle,
  readVendorFile,
  withRegularFile,
  readUpTo,
  GLOB_CHARS,
  collectFiles,
  splitGlob,
  findRepositoryRoot,
  isInside,
  selectIncluded,
  writeFileSafely,
  makeDirectorySafely,
  removeDirectorySafely,
  copyFileSafely,
  readBaseline,
  parseBaseline,
  PROJECT_URL,
  sharedRuleDocsUrl,
  ruleDocsUrl,
  appendAll,
  groupBy,
  maxOf,
  parseSuppressions,
  finalize,
  Linter,
  unlintedFile,
  runLintWorker
};
