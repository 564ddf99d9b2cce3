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
  },
});
