/**
 * The names that mark the add-in's own comments (批注模式; the CLI's annotated copy): small and apart from
 * the reviewer's messages because the Word and WPS adapters, which the task pane loads at start, need
 * them to tell their comments from the writer's.
 */
import { defineMessages } from "..";

export const ownCommentText = defineMessages({
  "zh-CN": {
    "comment.author": "廉政报告助手",
    "comment.mark": "〔廉政报告助手〕",
  },
  "en-US": {
    "comment.author": "Lianzheng Writer",
    "comment.mark": "[Lianzheng Writer]",
  },
});
