/*!
 * IR Match Advisor chat widget. No framework, no build step.
 *
 * Embed:  <script src="https://host/widget/advisor-widget.js"
 *                 data-server-url="https://rasa.host:5005"></script>
 * Optional attributes: data-title, data-socket-path (default /socket.io),
 *                      data-transport ("auto" | "rest"; "rest" skips socket.io).
 *
 * Renders in a Shadow DOM. Talks to Rasa's socket.io channel (client loaded from this script's
 * folder) with session persistence, and falls back to the REST channel when socket.io is not
 * available. Bot and user text is only ever set through textContent.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script || window.__irAdvisorWidgetLoaded) {
    return;
  }
  window.__irAdvisorWidgetLoaded = true;

  var SERVER_URL = (script.getAttribute("data-server-url") || "").replace(/\/+$/, "");
  var SOCKET_PATH = script.getAttribute("data-socket-path") || "/socket.io";
  var TRANSPORT = script.getAttribute("data-transport") || "auto";
  var TITLE = script.getAttribute("data-title") || "IR Match Advisor";
  var ASSET_BASE = script.src.replace(/[^\/]*(\?.*)?$/, "");
  var STORAGE_PREFIX = "irAdvisor:" + SERVER_URL + ":";
  // Session ids are issued (and signed) by the server; the widget only keeps what it was given.
  var SESSION_PATTERN = /^web:[0-9a-f]{32}\.[0-9a-f]{32}$/;
  var MAX_STORED_MESSAGES = 200;
  var REPLY_TIMEOUT_MS = 30000;
  var SOCKET_CONNECT_TIMEOUT_MS = 6000;
  var QUIET_AFTER_REPLY_MS = 900;
  var FORGET_PAYLOAD = "/forget_me";

  var CSS = [
    ":host{all:initial !important;display:block !important;position:fixed !important;",
    "right:20px !important;bottom:20px !important;z-index:2147483000 !important;",
    "font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif !important;",
    "font-size:15px !important;line-height:1.4 !important;color:#1b2430 !important;}",
    "*,*::before,*::after{box-sizing:border-box;}",
    ".launcher{width:60px;height:60px;border-radius:50%;border:none;cursor:pointer;",
    "background:#0b5cad;color:#fff;box-shadow:0 4px 14px rgba(0,0,0,.25);display:flex;",
    "align-items:center;justify-content:center;padding:0;margin:0;}",
    ".launcher:hover{background:#094d91;}",
    ".launcher svg{width:30px;height:30px;fill:currentColor;}",
    "button:focus-visible,textarea:focus-visible,a:focus-visible{outline:3px solid #f5a623;outline-offset:2px;}",
    ".panel{position:absolute;right:0;bottom:76px;width:380px;height:min(620px,calc(100vh - 110px));",
    "background:#fff;border-radius:14px;box-shadow:0 10px 40px rgba(0,0,0,.28);display:flex;",
    "flex-direction:column;overflow:hidden;border:1px solid #d6dde6;}",
    ".panel[hidden]{display:none;}",
    ".header{background:#0b5cad;color:#fff;padding:10px 12px;display:flex;align-items:center;gap:8px;}",
    ".title{flex:1;min-width:0;}",
    ".name{margin:0;font-size:16px;font-weight:600;color:inherit;}",
    ".status{display:block;font-size:12px;font-weight:400;opacity:.9;}",
    ".hbtn{background:transparent;color:#fff;border:1px solid rgba(255,255,255,.6);border-radius:6px;",
    "padding:4px 8px;font:inherit;font-size:13px;cursor:pointer;}",
    ".hbtn:hover{background:rgba(255,255,255,.15);}",
    ".close{border:none;font-size:22px;line-height:1;padding:2px 8px;}",
    ".notice{margin:0;padding:6px 12px;background:#fff6dd;color:#5a4300;font-size:12px;",
    "border-bottom:1px solid #f0e0a8;}",
    ".log{flex:1;overflow-y:auto;padding:12px;background:#f6f8fb;display:flex;flex-direction:column;gap:8px;}",
    ".msg{max-width:86%;display:flex;flex-direction:column;}",
    ".msg.bot{align-self:flex-start;}",
    ".msg.user{align-self:flex-end;align-items:flex-end;}",
    ".msg.system{align-self:center;max-width:95%;}",
    ".bubble{padding:8px 11px;border-radius:12px;white-space:pre-wrap;overflow-wrap:anywhere;}",
    ".bot .bubble{background:#fff;border:1px solid #dde3ea;border-bottom-left-radius:4px;}",
    ".user .bubble{background:#0b5cad;color:#fff;border-bottom-right-radius:4px;}",
    ".system .bubble{background:transparent;color:#5b6675;font-size:13px;text-align:center;}",
    ".bubble a{color:inherit;text-decoration:underline;}",
    ".bot .bubble a{color:#0b5cad;}",
    ".bubble img{max-width:100%;border-radius:8px;display:block;}",
    ".time{font-size:11px;color:#6b7684;margin:2px 4px 0;}",
    ".replies{display:flex;flex-wrap:wrap;gap:6px;margin-top:6px;}",
    ".reply{background:#fff;color:#0b5cad;border:1px solid #0b5cad;border-radius:16px;",
    "padding:6px 12px;font:inherit;font-size:14px;cursor:pointer;text-align:left;}",
    ".reply:hover:not(:disabled){background:#e8f1fb;}",
    ".reply:disabled{color:#8a94a1;border-color:#c5ccd5;cursor:default;}",
    ".typing{align-self:flex-start;background:#fff;border:1px solid #dde3ea;border-radius:12px;",
    "padding:10px 12px;display:flex;gap:4px;}",
    ".typing[hidden]{display:none;}",
    ".typing span{width:7px;height:7px;border-radius:50%;background:#8a94a1;animation:blink 1.2s infinite;}",
    ".typing span:nth-child(2){animation-delay:.2s;}",
    ".typing span:nth-child(3){animation-delay:.4s;}",
    "@keyframes blink{0%,80%,100%{opacity:.25}40%{opacity:1}}",
    "@media (prefers-reduced-motion:reduce){.typing span{animation:none;opacity:.7;}}",
    ".composer{display:flex;gap:8px;padding:10px;border-top:1px solid #dde3ea;background:#fff;}",
    ".input{flex:1;resize:none;border:1px solid #b8c2ce;border-radius:8px;padding:8px 10px;",
    "font:inherit;color:inherit;min-height:40px;max-height:120px;background:#fff;}",
    ".send{background:#0b5cad;color:#fff;border:none;border-radius:8px;padding:0 14px;",
    "font:inherit;font-weight:600;cursor:pointer;}",
    ".send:disabled{background:#8aa9c9;cursor:default;}",
    ".sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;",
    "clip:rect(0,0,0,0);white-space:nowrap;border:0;}",
    "@media (max-width:480px){",
    ":host{right:12px !important;bottom:12px !important;}",
    ".panel{position:fixed;left:0;right:0;top:0;bottom:0;width:100vw;height:100%;border-radius:0;border:none;}",
    ".msg{max-width:92%;}",
    // The full-screen panel has its own close button; a launcher hidden under it would still
    // take keyboard focus.
    ".panel:not([hidden])+.launcher{display:none;}",
    "}"
  ].join("");

  // ---- storage (localStorage may be unavailable or full: keep working in memory) ----------

  var memoryStore = {};
  function storeGet(key) {
    try {
      return window.localStorage.getItem(STORAGE_PREFIX + key);
    } catch (error) {
      return Object.prototype.hasOwnProperty.call(memoryStore, key) ? memoryStore[key] : null;
    }
  }
  function storeSet(key, value) {
    memoryStore[key] = value;
    try {
      window.localStorage.setItem(STORAGE_PREFIX + key, value);
    } catch (error) {
      /* quota or privacy mode: the in-memory copy is enough for this page view */
    }
  }
  function storeRemove(key) {
    delete memoryStore[key];
    try {
      window.localStorage.removeItem(STORAGE_PREFIX + key);
    } catch (error) {
      /* nothing stored */
    }
  }

  // The stored session id, or "" until the server has issued one.
  function loadSessionId() {
    var stored = storeGet("session");
    return stored && SESSION_PATTERN.test(stored) ? stored : "";
  }

  // Asks the server to confirm the stored id (or issue a new one) for the REST transport.
  function requestRestSession(sessionId) {
    return fetch(SERVER_URL + "/webhooks/rest/session", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ session_id: sessionId || null })
    })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.json();
      })
      .then(function (body) {
        if (!body || !SESSION_PATTERN.test(body.session_id)) {
          throw new Error("no session issued");
        }
        return body.session_id;
      });
  }

  function loadTranscript() {
    try {
      var parsed = JSON.parse(storeGet("transcript") || "[]");
      return Array.isArray(parsed) ? parsed : [];
    } catch (error) {
      return [];
    }
  }

  // ---- DOM helpers --------------------------------------------------------------------------

  function el(tag, attributes, text) {
    var node = document.createElement(tag);
    if (attributes) {
      for (var name in attributes) {
        if (Object.prototype.hasOwnProperty.call(attributes, name)) {
          node.setAttribute(name, attributes[name]);
        }
      }
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  var URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+/gi;

  function safeHttpUrl(candidate) {
    try {
      var url = new URL(candidate);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (error) {
      return null;
    }
  }

  // Appends text to `parent`, turning http(s) URLs into links. Everything is a text node or an
  // <a> whose href is a parsed http(s) URL: no markup from the text is ever interpreted.
  function appendLinkified(parent, text) {
    var last = 0;
    var match;
    URL_PATTERN.lastIndex = 0;
    while ((match = URL_PATTERN.exec(text)) !== null) {
      var raw = match[0].replace(/[.,;:!?)\]]+$/, "");
      var href = safeHttpUrl(raw);
      if (!href) {
        continue;
      }
      parent.appendChild(document.createTextNode(text.slice(last, match.index)));
      var link = el("a", { href: href, target: "_blank", rel: "noopener noreferrer nofollow" }, raw);
      parent.appendChild(link);
      last = match.index + raw.length;
      URL_PATTERN.lastIndex = last;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function formatTime(iso) {
    var date = new Date(iso);
    if (isNaN(date.getTime())) {
      return "";
    }
    return date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  }

  // ---- messages from either channel, in one shape: {text, buttons[], image} -----------------

  function normaliseBotMessage(raw) {
    if (!raw || typeof raw !== "object") {
      return null;
    }
    var message = {
      text: typeof raw.text === "string" ? raw.text : "",
      buttons: [],
      image: null,
      alt: ""
    };
    var buttons = raw.buttons || raw.quick_replies || [];
    if (Array.isArray(buttons)) {
      for (var i = 0; i < buttons.length; i++) {
        var b = buttons[i];
        if (b && typeof b.title === "string" && typeof b.payload === "string") {
          message.buttons.push({ title: b.title, payload: b.payload });
        }
      }
    }
    var chart = chartData(raw);
    var image = chart ? resolveFromServer(chart.image) : raw.image;
    if (chart) {
      message.alt = chart.alt;
    }
    if (!image && raw.attachment && raw.attachment.type === "image" && raw.attachment.payload) {
      image = raw.attachment.payload.src;
    }
    if (typeof image === "string" && safeHttpUrl(image)) {
      message.image = safeHttpUrl(image);
    }
    if (!message.text && !message.buttons.length && !message.image) {
      return null;
    }
    return message;
  }

  // A chart (actions/chart.py) comes as custom data {image, alt}: as is over socket.io, inside
  // "custom" (or "custom.data") over REST. Its image is a path on the server the widget came from.
  function chartData(raw) {
    var custom = raw.custom && typeof raw.custom === "object" ? raw.custom : null;
    var candidates = [raw, custom, custom && custom.data];
    for (var i = 0; i < candidates.length; i++) {
      var item = candidates[i];
      if (item && typeof item.image === "string" && typeof item.alt === "string") {
        return item;
      }
    }
    return null;
  }

  function resolveFromServer(path) {
    try {
      return new URL(path, ASSET_BASE).href;
    } catch (error) {
      return null;
    }
  }

  // ---- transports ---------------------------------------------------------------------------

  // Loads our copy of the socket.io client without leaving it on the host page's globals: a
  // page with its own `io` (another version) or an AMD loader keeps what it had.
  function loadSocketIo(onReady, onFail) {
    var previousIo = window.io;
    var hadIo = Object.prototype.hasOwnProperty.call(window, "io");
    var previousDefine = window.define;
    var hiddenDefine = typeof previousDefine === "function" && previousDefine.amd;
    if (hiddenDefine) {
      window.define = undefined;
    }
    var tag = document.createElement("script");
    tag.src = ASSET_BASE + "socket.io.min.js";
    tag.async = true;
    function restore() {
      if (hiddenDefine) {
        window.define = previousDefine;
      }
      var ours = window.io;
      if (hadIo) {
        window.io = previousIo;
      } else {
        try {
          delete window.io;
        } catch (error) {
          window.io = undefined;
        }
      }
      return ours;
    }
    tag.onload = function () {
      var ours = restore();
      if (typeof ours === "function") {
        onReady(ours);
      } else {
        onFail();
      }
    };
    tag.onerror = function () {
      restore();
      onFail();
    };
    (document.head || document.documentElement).appendChild(tag);
  }

  function RestTransport(callbacks) {
    this.callbacks = callbacks;
    this.name = "rest";
  }
  RestTransport.prototype.start = function () {
    this.callbacks.onStatus("online");
  };
  RestTransport.prototype.send = function (sessionId, text) {
    var callbacks = this.callbacks;
    fetch(SERVER_URL + "/webhooks/rest/webhook", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ sender: sessionId, message: text })
    })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.json();
      })
      .then(function (replies) {
        callbacks.onStatus("online");
        var list = Array.isArray(replies) ? replies : [];
        for (var i = 0; i < list.length; i++) {
          callbacks.onBotMessage(list[i]);
        }
        callbacks.onReplyDone(list.length);
      })
      .catch(function () {
        callbacks.onStatus("offline");
        callbacks.onSendFailed();
      });
  };
  RestTransport.prototype.changeSession = function () {};

  function SocketTransport(io, callbacks, getSessionId) {
    this.callbacks = callbacks;
    this.getSessionId = getSessionId;
    this.name = "socketio";
    this.confirmed = false;
    // io("https://host/prefix") would take "/prefix" for a socket.io namespace: connect to the
    // origin and put a reverse proxy's path prefix in front of the socket.io path instead.
    var server = new URL(SERVER_URL || ".", document.baseURI);
    this.socket = io(server.origin, {
      path: server.pathname.replace(/\/+$/, "") + SOCKET_PATH,
      timeout: SOCKET_CONNECT_TIMEOUT_MS,
      reconnectionDelayMax: 10000
    });
    var self = this;
    this.socket.on("connect", function () {
      self.confirmed = false;
      self.socket.emit("session_request", { session_id: self.getSessionId() || null });
    });
    // The server answers with the stored id when it issued it, otherwise with a new one.
    this.socket.on("session_confirm", function (sessionId) {
      self.confirmed = SESSION_PATTERN.test(sessionId);
      if (self.confirmed) {
        callbacks.onSession(sessionId);
        callbacks.onStatus("online");
      }
    });
    this.socket.on("bot_uttered", function (message) {
      callbacks.onBotMessage(message);
    });
    this.socket.on("disconnect", function () {
      self.confirmed = false;
      callbacks.onStatus("reconnecting");
    });
  }
  SocketTransport.prototype.send = function (sessionId, text) {
    this.socket.emit("user_uttered", { message: text, session_id: sessionId });
  };
  SocketTransport.prototype.changeSession = function () {
    // A fresh connection leaves the old session's room and asks for the new one.
    this.socket.disconnect();
    this.socket.connect();
  };

  // ---- the widget -------------------------------------------------------------------------

  function Widget() {
    this.sessionId = loadSessionId();
    this.transcript = loadTranscript();
    this.transport = null;
    this.restFallback = null;
    this.pendingForget = false;
    this.waitingSince = 0;
    this.replyTimer = null;
    this.quietTimer = null;
    this.build();
    this.renderTranscript();
    if (storeGet("open") === "1") {
      this.open(false);
    }
    this.connect();
  }

  Widget.prototype.build = function () {
    var host = document.createElement("ir-advisor-widget");
    host.setAttribute("data-ir-advisor", "");
    var root = host.attachShadow({ mode: "open" });
    this.host = host;
    this.root = root;

    if (root.adoptedStyleSheets !== undefined && typeof CSSStyleSheet === "function") {
      try {
        var sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
        root.adoptedStyleSheets = [sheet];
      } catch (error) {
        root.appendChild(el("style", null, CSS));
      }
    } else {
      root.appendChild(el("style", null, CSS));
    }

    var panelId = "ir-advisor-panel";
    var titleId = "ir-advisor-title";

    this.launcher = el("button", {
      class: "launcher",
      type: "button",
      "aria-label": "Open the " + TITLE + " chat",
      "aria-expanded": "false",
      "aria-controls": panelId
    });
    var svgNs = "http://www.w3.org/2000/svg";
    var icon = document.createElementNS(svgNs, "svg");
    icon.setAttribute("viewBox", "0 0 24 24");
    icon.setAttribute("aria-hidden", "true");
    var path = document.createElementNS(svgNs, "path");
    path.setAttribute(
      "d",
      "M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z"
    );
    icon.appendChild(path);
    this.launcher.appendChild(icon);

    var panel = el("div", {
      class: "panel",
      id: panelId,
      role: "dialog",
      "aria-modal": "false",
      "aria-labelledby": titleId
    });
    panel.hidden = true;
    this.panel = panel;

    var header = el("div", { class: "header" });
    var title = el("div", { class: "title" });
    title.appendChild(el("h2", { class: "name", id: titleId }, TITLE));
    this.statusLine = el("span", { class: "status", "aria-live": "polite" }, "Connecting…");
    title.appendChild(this.statusLine);
    this.forgetButton = el(
      "button",
      { class: "hbtn forget", type: "button", title: "Delete everything this advisor keeps about you" },
      "Forget me"
    );
    this.closeButton = el(
      "button",
      { class: "hbtn close", type: "button", "aria-label": "Close the chat" },
      "×"
    );
    header.appendChild(title);
    header.appendChild(this.forgetButton);
    header.appendChild(this.closeButton);

    var notice = el(
      "p",
      { class: "notice" },
      "Not official advice: general information for IMGs, not from NRMP, ECFMG or any program. " +
        "Check with them (and an immigration attorney for visas) before you act."
    );

    this.log = el("div", {
      class: "log",
      role: "log",
      "aria-live": "polite",
      "aria-relevant": "additions",
      "aria-label": "Conversation",
      tabindex: "0"
    });
    this.typing = el("div", { class: "typing", role: "status", "aria-label": "The advisor is typing" });
    this.typing.appendChild(el("span", { "aria-hidden": "true" }));
    this.typing.appendChild(el("span", { "aria-hidden": "true" }));
    this.typing.appendChild(el("span", { "aria-hidden": "true" }));
    this.typing.hidden = true;

    var composer = el("form", { class: "composer" });
    var inputId = "ir-advisor-input";
    composer.appendChild(el("label", { class: "sr-only", for: inputId }, "Your message"));
    this.input = el("textarea", {
      class: "input",
      id: inputId,
      rows: "1",
      maxlength: "1000",
      placeholder: "Type your question…",
      autocomplete: "off"
    });
    this.sendButton = el("button", { class: "send", type: "submit" }, "Send");
    composer.appendChild(this.input);
    composer.appendChild(this.sendButton);

    panel.appendChild(header);
    panel.appendChild(notice);
    panel.appendChild(this.log);
    panel.appendChild(composer);
    root.appendChild(panel);
    root.appendChild(this.launcher);

    var self = this;
    this.launcher.addEventListener("click", function () {
      if (self.panel.hidden) {
        self.open(true);
      } else {
        self.close();
      }
    });
    this.closeButton.addEventListener("click", function () {
      self.close();
    });
    this.forgetButton.addEventListener("click", function () {
      self.forget();
    });
    composer.addEventListener("submit", function (event) {
      event.preventDefault();
      self.submitInput();
    });
    this.input.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        self.submitInput();
      }
    });
    // On the shadow root: Esc also works while focus is on the launcher.
    root.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && !self.panel.hidden) {
        event.stopPropagation();
        self.close();
      }
    });

    (document.body || document.documentElement).appendChild(host);
  };

  Widget.prototype.open = function (moveFocus) {
    this.panel.hidden = false;
    this.launcher.setAttribute("aria-expanded", "true");
    this.launcher.setAttribute("aria-label", "Close the " + TITLE + " chat");
    storeSet("open", "1");
    this.scrollToEnd();
    if (moveFocus) {
      this.input.focus();
    }
    if (!this.transcript.length && !this.greeted) {
      this.greeted = true;
      this.sendToBot("/greet", null);
    }
  };

  Widget.prototype.close = function () {
    if (this.panel.hidden) {
      return;
    }
    this.panel.hidden = true;
    this.launcher.setAttribute("aria-expanded", "false");
    this.launcher.setAttribute("aria-label", "Open the " + TITLE + " chat");
    storeSet("open", "0");
    this.launcher.focus();
  };

  Widget.prototype.setStatus = function (status) {
    var labels = {
      online: "Online",
      reconnecting: "Reconnecting…",
      offline: "Offline: your message was not sent"
    };
    this.statusLine.textContent = labels[status] || status;
  };

  Widget.prototype.callbacks = function () {
    var self = this;
    return {
      onStatus: function (status) {
        self.setStatus(status);
      },
      onBotMessage: function (raw) {
        self.receive(raw);
      },
      onReplyDone: function (count) {
        if (count === 0) {
          self.stopWaiting();
        }
      },
      onSession: function (sessionId) {
        self.adoptSession(sessionId);
      },
      onSendFailed: function () {
        self.stopWaiting();
        self.addMessage({
          from: "system",
          text: "The advisor could not be reached. Please try again in a minute."
        });
      }
    };
  };

  Widget.prototype.connect = function () {
    var self = this;
    this.restFallback = new RestTransport(this.callbacks());
    if (TRANSPORT === "rest") {
      this.useRest();
      return;
    }
    var settled = false;
    function fallBack() {
      if (!settled) {
        settled = true;
        self.useRest();
      }
    }
    loadSocketIo(function (io) {
      var socket = new SocketTransport(io, self.callbacks(), function () {
        return self.sessionId;
      });
      socket.socket.on("session_confirm", function () {
        if (!settled) {
          settled = true;
          self.transport = socket;
          self.host.setAttribute("data-transport", "socketio");
          self.flushQueue();
        }
      });
      socket.socket.on("connect_error", function () {
        if (!settled) {
          socket.socket.disconnect();
          fallBack();
        }
      });
      setTimeout(function () {
        if (!settled) {
          socket.socket.disconnect();
          fallBack();
        }
      }, SOCKET_CONNECT_TIMEOUT_MS + 1000);
    }, fallBack);
  };

  Widget.prototype.useRest = function () {
    this.transport = this.restFallback;
    this.transport.start();
    this.host.setAttribute("data-transport", "rest");
    this.flushQueue();
  };

  Widget.prototype.flushQueue = function () {
    var queued = this.queue || [];
    this.queue = [];
    for (var i = 0; i < queued.length; i++) {
      this.transmit(queued[i]);
    }
  };

  // Socket.io while it is connected and confirmed; otherwise REST, so a message is never held
  // back by a dropped socket.
  Widget.prototype.transmit = function (text) {
    var transport = this.transport;
    if (!transport) {
      this.queue = (this.queue || []).concat([text]);
      return;
    }
    if (transport.name === "socketio" && transport.socket.connected && transport.confirmed) {
      transport.send(this.sessionId, text);
      return;
    }
    this.sendByRest(text);
  };

  // REST needs a session the server confirmed on this page load before the first message.
  Widget.prototype.sendByRest = function (text) {
    var self = this;
    if (this.restSessionConfirmed && this.sessionId) {
      this.restFallback.send(this.sessionId, text);
      return;
    }
    requestRestSession(this.sessionId)
      .then(function (sessionId) {
        self.adoptSession(sessionId);
        self.restSessionConfirmed = true;
        self.restFallback.send(sessionId, text);
      })
      .catch(function () {
        var callbacks = self.callbacks();
        callbacks.onStatus("offline");
        callbacks.onSendFailed();
      });
  };

  Widget.prototype.adoptSession = function (sessionId) {
    if (sessionId !== this.sessionId) {
      this.sessionId = sessionId;
      storeSet("session", sessionId);
    }
  };

  Widget.prototype.submitInput = function () {
    var text = this.input.value.replace(/^\s+|\s+$/g, "");
    if (!text) {
      return;
    }
    this.input.value = "";
    this.sendToBot(text, text);
    this.input.focus();
  };

  // `shown` is what the user's bubble says (the button title for a quick reply); null sends
  // silently (the greeting when the panel first opens).
  Widget.prototype.sendToBot = function (payload, shown) {
    this.disableOldReplies();
    if (shown !== null) {
      this.addMessage({ from: "user", text: shown });
    }
    this.startWaiting();
    this.transmit(payload);
  };

  Widget.prototype.startWaiting = function () {
    var self = this;
    this.typing.hidden = false;
    this.log.appendChild(this.typing);
    this.scrollToEnd();
    clearTimeout(this.replyTimer);
    this.replyTimer = setTimeout(function () {
      if (!self.typing.hidden) {
        self.stopWaiting();
        var forgetting = self.pendingForget;
        self.pendingForget = false;
        self.addMessage({
          from: "system",
          text: forgetting
            ? "The advisor did not confirm that it forgot you. Please try again in a minute."
            : "No answer yet. The advisor may be busy: please try again in a minute."
        });
      }
    }, REPLY_TIMEOUT_MS);
  };

  Widget.prototype.stopWaiting = function () {
    clearTimeout(this.replyTimer);
    this.typing.hidden = true;
  };

  // An action may mark a reply with {"advisor_event": ...} as custom data: Rasa's socket.io
  // channel emits `json_message["data"]` as is; the REST channel wraps it in "custom".
  function advisorEvent(raw) {
    if (!raw || typeof raw !== "object") {
      return null;
    }
    var custom = raw.custom && typeof raw.custom === "object" ? raw.custom : null;
    var candidates = [raw, custom, custom && custom.data];
    for (var i = 0; i < candidates.length; i++) {
      var item = candidates[i];
      if (item && typeof item === "object" && typeof item.advisor_event === "string") {
        return item.advisor_event;
      }
    }
    return null;
  }

  Widget.prototype.receive = function (raw) {
    if (advisorEvent(raw) === "forget_failed") {
      // The bot could not erase everything: keep this session so "forget me" can be retried.
      this.pendingForget = false;
    }
    var message = normaliseBotMessage(raw);
    if (!message) {
      return;
    }
    this.stopWaiting();
    this.addMessage({
      from: "bot",
      text: message.text,
      buttons: message.buttons,
      image: message.image,
      alt: message.alt
    });
    var self = this;
    clearTimeout(this.quietTimer);
    this.quietTimer = setTimeout(function () {
      if (self.pendingForget) {
        self.finishForget();
      }
    }, QUIET_AFTER_REPLY_MS);
  };

  Widget.prototype.addMessage = function (entry) {
    entry.at = entry.at || new Date().toISOString();
    if (entry.from !== "system") {
      this.transcript.push(entry);
      if (this.transcript.length > MAX_STORED_MESSAGES) {
        this.transcript = this.transcript.slice(-MAX_STORED_MESSAGES);
      }
      storeSet("transcript", JSON.stringify(this.transcript));
    }
    this.renderMessage(entry, true);
  };

  Widget.prototype.renderTranscript = function () {
    for (var i = 0; i < this.transcript.length; i++) {
      var isLast = i === this.transcript.length - 1;
      this.renderMessage(this.transcript[i], isLast);
    }
  };

  Widget.prototype.renderMessage = function (entry, repliesEnabled) {
    var from = entry.from === "user" || entry.from === "bot" ? entry.from : "system";
    var item = el("div", { class: "msg " + from });
    var label = from === "user" ? "You" : from === "bot" ? "Advisor" : "Notice";
    item.appendChild(el("span", { class: "sr-only" }, label + ":"));
    var bubble = el("div", { class: "bubble" });
    if (entry.text) {
      appendLinkified(bubble, String(entry.text));
    }
    if (entry.image && safeHttpUrl(entry.image)) {
      var alt = typeof entry.alt === "string" && entry.alt ? entry.alt : "Image from the advisor";
      bubble.appendChild(el("img", { src: safeHttpUrl(entry.image), alt: alt }));
    }
    item.appendChild(bubble);
    if (entry.at && from !== "system") {
      item.appendChild(el("time", { class: "time", datetime: entry.at }, formatTime(entry.at)));
    }
    if (entry.buttons && entry.buttons.length) {
      var group = el("div", { class: "replies", role: "group", "aria-label": "Suggested replies" });
      var self = this;
      entry.buttons.forEach(function (button) {
        var node = el("button", { class: "reply", type: "button" }, button.title);
        node.disabled = !repliesEnabled;
        node.addEventListener("click", function () {
          self.sendToBot(button.payload, button.title);
          self.input.focus();
        });
        group.appendChild(node);
      });
      item.appendChild(group);
    }
    if (!this.typing.hidden && this.typing.parentNode === this.log) {
      this.log.insertBefore(item, this.typing);
    } else {
      this.log.appendChild(item);
    }
    this.scrollToEnd();
  };

  Widget.prototype.disableOldReplies = function () {
    var buttons = this.log.querySelectorAll(".reply");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].disabled = true;
    }
  };

  Widget.prototype.scrollToEnd = function () {
    this.log.scrollTop = this.log.scrollHeight;
  };

  // Sends /forget_me; once the bot has confirmed (and gone quiet), this browser drops the
  // session id and the stored transcript, so the next message starts a new conversation.
  Widget.prototype.forget = function () {
    if (this.pendingForget) {
      return;
    }
    if (this.panel.hidden) {
      this.open(false);
    }
    this.pendingForget = true;
    this.sendToBot(FORGET_PAYLOAD, "Forget me");
  };

  Widget.prototype.finishForget = function () {
    this.pendingForget = false;
    storeRemove("transcript");
    storeRemove("session");
    this.transcript = [];
    this.sessionId = "";
    this.restSessionConfirmed = false;
    this.greeted = true;
    if (this.transport) {
      this.transport.changeSession();
    }
    this.addMessage({
      from: "system",
      text: "This browser no longer keeps your conversation. Your next message starts a new one."
    });
  };

  function start() {
    if (!window.crypto || !window.crypto.getRandomValues) {
      return;
    }
    var widget = new Widget();
    window.IRAdvisorWidget = {
      open: function () {
        widget.open(true);
      },
      close: function () {
        widget.close();
      }
    };
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
