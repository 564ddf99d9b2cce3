/**
 * The heading tree of a report (一、 / （一） / 1. / （1）) as a Fluent tree: arrow keys move and fold,
 * Enter or a click activates a heading (the host selects it). Reusable: the 检查 tab passes a badge
 * map (heading paragraph → counts) to show where the findings are.
 */
import * as React from "react";
import {
  Badge,
  Tree,
  TreeItem,
  TreeItemLayout,
  makeStyles,
  tokens,
  type TreeOpenChangeData,
} from "@fluentui/react-components";
import { WarningRegular } from "@fluentui/react-icons";
import type { DocStructure, Heading, OutlineNode } from "../../core/outline-types";
import type { Location } from "../../core/model";
import { paneText } from "../../i18n/messages/pane";
import type { BadgeMap } from "./badges";

export interface OutlineTreeProps {
  structure: DocStructure;
  /** Counts shown next to a heading, keyed by the heading's paragraph (see sectionBadges). */
  badges?: BadgeMap;
  /** The heading was activated (click or Enter). */
  onActivate?(heading: Heading): void;
  /** Paragraph of the heading to mark as current. */
  current?: number | null;
  "aria-label"?: string;
}

/** The location of a heading line: its marker and its heading text (the whole line unless run-in). */
export function headingLocation(heading: Heading): Location {
  const offset = Math.max(0, heading.textOffset - heading.marker.length);
  return { paragraph: heading.paragraph, offset, length: heading.textOffset + heading.text.length - offset };
}

const useStyles = makeStyles({
  tree: { maxWidth: "100%" },
  layout: { minWidth: 0 },
  main: { minWidth: 0, overflow: "hidden", flexShrink: 1 },
  line: {
    display: "flex",
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
    alignItems: "baseline",
  },
  marker: { flexShrink: 0, color: tokens.colorNeutralForeground2, fontVariantNumeric: "tabular-nums" },
  text: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", minWidth: 0 },
  current: { fontWeight: tokens.fontWeightSemibold },
  aside: { display: "flex", gap: tokens.spacingHorizontalXXS, alignItems: "center" },
  problem: { color: tokens.colorPaletteMarigoldForeground2, display: "inline-flex" },
});

const itemValue = (heading: Heading): string => `h${heading.paragraph}`;

function collectBranches(nodes: readonly OutlineNode[], out: string[] = []): string[] {
  for (const n of nodes) {
    if (n.children.length > 0) {
      out.push(itemValue(n.heading));
      collectBranches(n.children, out);
    }
  }
  return out;
}

export function OutlineTree(props: OutlineTreeProps): React.JSX.Element {
  const { structure, badges, onActivate, current } = props;
  const styles = useStyles();
  // Everything starts open; the set holds what the user folded.
  const [folded, setFolded] = React.useState<ReadonlySet<string>>(() => new Set());
  const openItems = React.useMemo(
    () => collectBranches(structure.roots).filter((v) => !folded.has(v)),
    [structure, folded],
  );
  const onOpenChange = (_e: unknown, data: TreeOpenChangeData): void => {
    const value = String(data.value);
    setFolded((prev) => {
      const next = new Set(prev);
      if (data.open) next.delete(value);
      else next.add(value);
      return next;
    });
  };

  const renderNode = (node: OutlineNode): React.JSX.Element => {
    const h = node.heading;
    const badge = badges?.get(h.paragraph);
    const hasChildren = node.children.length > 0;
    const aside: React.JSX.Element[] = [];
    if (h.problem) {
      const hint = paneText("outline.problem", { canonical: h.canonicalMarker });
      aside.push(
        // A native title for the pointer (the icon takes no focus; screen readers read its label):
        // Fluent's Tooltip would bring its positioning engine, 18 KB gzip, into the 检查 tab.
        <span key="problem" className={styles.problem} role="img" aria-label={hint} title={hint}>
          <WarningRegular />
        </span>,
      );
    }
    if (badge) {
      const kinds = [
        ["errors", "danger"],
        ["warnings", "warning"],
        ["infos", "informative"],
      ] as const;
      for (const [kind, color] of kinds) {
        const count = badge[kind];
        if (count > 0) {
          aside.push(
            <Badge
              key={kind}
              size="small"
              appearance="filled"
              color={color}
              role="img"
              aria-label={paneText(`outline.badge.${kind}`, { count })}
              data-testid={`badge-${kind}-${h.paragraph}`}
            >
              {count}
            </Badge>,
          );
        }
      }
    }
    return (
      <TreeItem
        key={h.paragraph}
        value={itemValue(h)}
        itemType={hasChildren ? "branch" : "leaf"}
        data-paragraph={h.paragraph}
        aria-current={current === h.paragraph ? "true" : undefined}
        onClick={(e) => {
          // Activating a heading selects it; folding stays on the chevron and the arrow keys.
          e.preventDefault();
          onActivate?.(h);
        }}
      >
        <TreeItemLayout
          className={styles.layout}
          main={{ className: styles.main }}
          aside={aside.length > 0 ? <span className={styles.aside}>{aside}</span> : undefined}
        >
          <span
            className={`${styles.line} ${current === h.paragraph ? styles.current : ""}`}
            title={h.marker + h.text}
          >
            <span className={styles.marker}>{h.marker}</span>
            <span className={styles.text}>{h.text}</span>
          </span>
        </TreeItemLayout>
        {hasChildren ? <Tree>{node.children.map(renderNode)}</Tree> : null}
      </TreeItem>
    );
  };

  return (
    <Tree
      className={styles.tree}
      aria-label={props["aria-label"] ?? paneText("outline.treeLabel")}
      openItems={openItems}
      onOpenChange={onOpenChange}
      size="small"
    >
      {structure.roots.map(renderNode)}
    </Tree>
  );
}
