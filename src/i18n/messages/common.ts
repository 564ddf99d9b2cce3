/** Strings shared across the task pane. */
import { defineMessages } from "..";

export const commonText = defineMessages({
  "zh-CN": {
    "app.name": "廉政报告助手",
    "error.readOnly": "文档为只读，无法修改。请另存为可编辑的副本后再试。",
    "error.unsupported": "当前 Word 版本不支持此功能（需要 WordApi {set}）。",
    "error.stale": "文档在检查后已被修改，已重新检查。",
    "error.storageFull": "存储空间已满，未能保存。请删除部分自定义内容后再试。",
    "error.inTable": "光标位于表格中，无法在此插入。请将光标移到表格外。",
    "error.api": "Word 返回错误：{message}",
    "error.unknown": "发生意外错误：{message}",
    "error.notAllowed": "Word 不允许在此处进行这项修改（可能处于受保护视图、审阅限制或网页版的限制）。",
    "error.searchDialogOpen": "Word 的“查找和替换”对话框正开着，请关闭后再试。",
    "error.searchTooLong": "要定位的文字太长或含有无法搜索的字符，请手动修改。",
    "error.cursorOutside": "光标在页眉页脚、脚注、批注或文本框中。请把光标放到正文中要插入的位置，再试一次。",
    "error.spanUnsafe":
      "要修改的文字涉及域、内容控件、脚注、批注或修订，自动修改可能破坏它们，未作改动。请手动修改。",
  },
  "en-US": {
    "app.name": "Lianzheng Writer",
    "error.readOnly": "The document is read-only. Save an editable copy and try again.",
    "error.unsupported": "This version of Word does not support this feature (it needs WordApi {set}).",
    "error.stale": "The document changed after the check; it has been checked again.",
    "error.storageFull": "Storage is full; nothing was saved. Delete some of your own items and try again.",
    "error.inTable":
      "The cursor is in a table; nothing can be inserted here. Move the cursor out of the table.",
    "error.api": "Word reported an error: {message}",
    "error.unknown": "Something unexpected happened: {message}",
    "error.notAllowed":
      "Word does not allow this change here (protected view, editing restrictions or a limit of Word on the web).",
    "error.searchDialogOpen": "Word's Find and Replace dialog is open; close it and try again.",
    "error.searchTooLong": "The text to locate is too long or cannot be searched for; change it by hand.",
    "error.cursorOutside":
      "The cursor is in a header or footer, a footnote, a comment or a text box. Put it in the main text where the insertion should go and try again.",
    "error.spanUnsafe":
      "The text to change touches a field, a content control, a footnote, a comment or a tracked change; an automatic fix could damage it, so nothing was changed. Change it by hand.",
  },
});
