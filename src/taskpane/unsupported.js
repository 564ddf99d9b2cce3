/* global window, document */
/*
 * 廉政报告助手: shown instead of a blank pane when Word or WPS opens the task pane in a webview the add-in
 * cannot run in. Perpetual Office 2016/2019 may use Internet Explorer 11 (Trident) or the old Edge
 * (EdgeHTML); older WPS builds an old engine; React 19 and Fluent UI v9 need a modern engine (WebView2,
 * WKWebView, a current Chromium). The WPS pane (wps.html, <html data-host="wps">, or a page where WPS's
 * window.Application is present) gets the WPS wording; every other page the Word wording.
 *
 * ES5 on purpose (it must parse in IE11), an external file because of the page's Content-Security-Policy,
 * loaded before the bundle. When the webview is unsupported it sets window.__lianzhengUnsupported = true
 * (src/taskpane/index.tsx then does not start) and replaces the page's content with the message.
 * The text is built with text nodes only. This file cannot use the i18n layer (it runs before the
 * bundle, in engines that cannot parse it), so its two languages are written here.
 */
(function (win, doc) {
  "use strict";

  function isUnsupported(w) {
    var ua = (w.navigator && w.navigator.userAgent) || "";
    // Trident/ = Internet Explorer 11; "Edge/" = EdgeHTML (Chromium Edge says "Edg/").
    if (/Trident\/|MSIE /.test(ua) || /\bEdge\/\d/.test(ua)) return true;
    return typeof w.Promise !== "function" || typeof w.Symbol !== "function" || typeof w.fetch !== "function";
  }

  var MESSAGE = {
    title: "此版本的 Word 无法运行廉政报告助手",
    body:
      "当前 Word 用 Internet Explorer 或旧版 Edge（EdgeHTML）显示加载项，常见于 Office 2016、Office 2019 等永久版。" +
      "本加载项需要新的网页引擎，在这里无法运行。",
    useInstead: "请改用：",
    options: [
      "Microsoft 365 或 Office 2021 及更新版本的 Word（Windows 上使用 WebView2），或 Mac 版 Word；",
      "网页版 Word（在浏览器中打开 Word 网页版，再添加本加载项）；",
      "命令行工具 lianzheng，无需 Word，例如：npx lianzheng check 报告.docx",
    ],
    enTitle: "This version of Word cannot run Lianzheng Writer",
    enBody:
      "Word is showing add-ins with Internet Explorer or the old Edge (EdgeHTML), as perpetual Office 2016 and 2019 " +
      "may do. Use Microsoft 365 or Office 2021 or later (WebView2 on Windows), Word for Mac, Word on the web, " +
      "or the lianzheng command line (npx lianzheng check report.docx).",
  };

  var MESSAGE_WPS = {
    title: "此版本的 WPS 无法运行廉政报告助手",
    body:
      "当前 WPS 显示加载项所用的网页引擎过旧（或为 Internet Explorer 内核），" +
      "本加载项需要较新的 Chromium 内核，在这里无法运行。",
    useInstead: "请改用：",
    options: [
      "较新版本的 WPS Office（Windows 版，或统信 UOS、麒麟等国产操作系统版），再加载本加载项；",
      "Microsoft 365 或 Office 2021 及更新版本的 Word；",
      "命令行工具 lianzheng，无需 WPS 或 Word，例如：npx lianzheng check 报告.docx",
    ],
    enTitle: "This version of WPS cannot run Lianzheng Writer",
    enBody:
      "WPS is showing add-ins with a web engine that is too old (or Internet Explorer's). Use a recent WPS Office " +
      "(Windows, UOS or Kylin), Word in Microsoft 365 or Office 2021 and later, or the lianzheng command line " +
      "(npx lianzheng check report.docx).",
  };

  function inWps(w, d) {
    var root = d.documentElement;
    if (root && root.getAttribute("data-host") === "wps") return true;
    var app = w.Application;
    return !!app && typeof app === "object" && "ActiveDocument" in app && !w.Office;
  }

  if (inWps(win, doc)) MESSAGE = MESSAGE_WPS;

  function el(tag, text) {
    var e = doc.createElement(tag);
    if (text) e.appendChild(doc.createTextNode(text));
    return e;
  }

  function render() {
    var body = doc.body;
    if (!body) return;
    while (body.firstChild) body.removeChild(body.firstChild);
    var box = el("div");
    box.setAttribute("id", "lianzheng-unsupported");
    box.setAttribute("role", "alert");
    box.style.cssText = "padding:16px;font-size:14px;line-height:1.6;color:#242424";
    box.appendChild(el("h1", MESSAGE.title));
    box.appendChild(el("p", MESSAGE.body));
    box.appendChild(el("p", MESSAGE.useInstead));
    var list = el("ul");
    for (var i = 0; i < MESSAGE.options.length; i++) list.appendChild(el("li", MESSAGE.options[i]));
    box.appendChild(list);
    var en = el("div");
    en.setAttribute("lang", "en");
    en.appendChild(el("h2", MESSAGE.enTitle));
    en.appendChild(el("p", MESSAGE.enBody));
    box.appendChild(en);
    body.appendChild(box);
    doc.title = MESSAGE.title;
  }

  if (!isUnsupported(win)) return;
  win.__lianzhengUnsupported = true;
  if (doc.readyState === "loading") {
    doc.addEventListener("DOMContentLoaded", render);
  } else {
    render();
  }
})(window, document);
