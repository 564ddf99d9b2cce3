/**
 * A button that opens the file chooser for a JSON pack and hands its text (BOM removed) to the tab.
 * Shared by the pack imports of the 模板, 短语 and 检查 tabs.
 */
import * as React from "react";
import { Button, type ButtonProps } from "@fluentui/react-components";
import { readFileText } from "./files";

export interface ImportFileButtonProps {
  label: string;
  /** The chosen file's text. */
  onText(text: string): void | Promise<void>;
  /** The file could not be read (the message of the error). */
  onReadError(message: string): void;
  /** Files larger than this are refused with onTooLarge, unread. */
  maxBytes?: number;
  onTooLarge?(): void;
  /** Called when a file was chosen, before it is read (to clear earlier messages). */
  onChosen?(): void;
  icon?: ButtonProps["icon"];
  size?: ButtonProps["size"];
  disabled?: boolean;
  buttonTestId?: string;
  inputTestId?: string;
}

export function ImportFileButton(props: ImportFileButtonProps): React.JSX.Element {
  const input = React.useRef<HTMLInputElement>(null);
  const onChange = async (e: React.ChangeEvent<HTMLInputElement>): Promise<void> => {
    const el = e.currentTarget;
    const file = el.files?.[0];
    el.value = "";
    if (!file) return;
    props.onChosen?.();
    if (props.maxBytes !== undefined && file.size > props.maxBytes) {
      props.onTooLarge?.();
      return;
    }
    let text: string;
    try {
      text = await readFileText(file);
    } catch (err) {
      props.onReadError(err instanceof Error ? err.message : String(err));
      return;
    }
    await props.onText(text.replace(/^\uFEFF/, ""));
  };
  return (
    <>
      <Button
        icon={props.icon}
        size={props.size}
        disabled={props.disabled}
        onClick={() => input.current?.click()}
        data-testid={props.buttonTestId}
      >
        {props.label}
      </Button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label={props.label}
        onChange={(e) => void onChange(e)}
        data-testid={props.inputTestId}
      />
    </>
  );
}
