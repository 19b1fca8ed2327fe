// The task pane: paste or open a release, Parse → preview, Insert into the workbook, and the releases kept in
// the workbook with Refresh (one or all), Edit text and Remove (with Undo). Every action ends in a message saying
// what changed, and focus moves to that result (the message, or the preview after Parse).
import * as React from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  Textarea,
} from "@fluentui/react-components";
import { getStore, onStoreChange } from "../src/live-store";
import { Check, Release } from "../src/model";
import { KeptRelease } from "./host";
import { parseInBackground } from "./parse-async";
import { decodeBytes } from "../src/decode";
import { formatNumber } from "../src/numbers";
import { fromFile, handlePaste, Pasted } from "./paste";
import { Preview } from "./Preview";
import { RefreshResult } from "./releases";
import { Started } from "./startup";
import { checkName, checksSummary } from "./summary";
import { Workbook } from "./Workbook";

/**
 * A text longer than this is not put in the text box: a browser lays out a 2 MB text box for seconds on its own
 * thread. The pane keeps it and says how long it is; Parse reads all of it.
 */
const SHOWN_IN_BOX = 200_000;

/** Releases are fixed-width text: their columns only line up in a monospaced font. */
const MONOSPACE = {
  fontFamily: "Consolas, 'Courier New', monospace",
  fontSize: "12px",
};

type Note = {
  intent: "error" | "warning" | "success" | "info";
  title: string;
  text: string;
  /** A release Remove took out: the message offers Undo. */
  undo?: KeptRelease;
  /** Another action the message offers (Refresh a release already held). */
  action?: { label: string; run: () => void };
} | null;
const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));
const plural = (n: number, one: string, many = `${one}s`) =>
  `${n} ${n === 1 ? one : many}`;
/** The write plan's warnings in one sentence: how many, then each with its line. */
const planWarnings = (w: { line: number; message: string }[]) =>
  `${plural(w.length, "thing")} could not be written as parsed: ${w.map((x) => `line ${x.line}: ${x.message}`).join("; ")}`;
/** The checks that fail, named: "1 check fails: footing.total Q2-2003 (Total … ≠ …)". */
const failing = (cs: Check[], now = "") =>
  `${plural(cs.length, "check")} ${now}${cs.length === 1 ? "fails" : "fail"}: ${cs.map((c) => `${checkName(c)} (${c.message})`).join("; ")}`;
/** What a refresh changed, in one sentence. */
const changes = (rs: RefreshResult[]) => {
  const all = rs.flatMap((r) => r.changed);
  if (all.length === 0) return "No figure changed";
  const shown = all.slice(0, 10).map((c) => `${c.label} ${c.period}`);
  return `${plural(all.length, "figure")} changed: ${shown.join("; ")}${all.length > shown.length ? ` and ${all.length - shown.length} more` : ""}`;
};

/** The message after a refresh (one release or all): a check turned to FAIL makes it a warning naming the check. */
function refreshNote(title: string, rs: RefreshResult[]): Note {
  const fails = rs.flatMap((r) => r.fails);
  const warnings = rs.flatMap((r) => r.warnings);
  const parts = [changes(rs)];
  if (fails.length) parts.push(failing(fails, "now "));
  if (warnings.length) parts.push(planWarnings(warnings));
  const text = parts.join(". ");
  if (fails.length)
    return {
      intent: "warning",
      title: `${title}: ${plural(fails.length, "check")} now ${fails.length === 1 ? "fails" : "fail"}`,
      text,
    };
  if (warnings.length)
    return { intent: "warning", title: `${title}, with gaps`, text };
  return { intent: "success", title, text };
}

/** The line breaks in a text, counted without splitting it (a 2 MB paste split into lines held the pane). */
function lineBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

export function App({ started }: { started: Started }) {
  const { releases, memory } = started;
  const [text, setText] = React.useState("");
  const [source, setSource] = React.useState("pasted text");
  const [preview, setPreview] = React.useState<{
    release: Release;
    text: string;
  } | null>(null);
  const [busy, setBusy] = React.useState<string | null>(null);
  const [note, setNote] = React.useState<Note>(
    started.loadError
      ? { intent: "error", title: "Workbook", text: started.loadError }
      : null,
  );
  const [editing, setEditing] = React.useState<{
    id: string;
    text: string;
  } | null>(null);
  /** Where focus goes once the action's result is drawn. */
  const [focus, setFocus] = React.useState<{
    to: "note" | "preview";
    n: number;
  } | null>(null);
  const noteRef = React.useRef<HTMLDivElement>(null);
  const previewRef = React.useRef<HTMLHeadingElement>(null);
  const [, bump] = React.useReducer((x: number) => x + 1, 0);
  React.useEffect(() => onStoreChange(bump), []);
  // The pane is usable from its first drawing with the App: the browser test and the bench read this mark.
  React.useEffect(
    () =>
      void (
        typeof performance !== "undefined" &&
        performance.mark?.("hema-pane-usable")
      ),
    [],
  );
  // Focus moves once per action, when its result is on the page (a preview is drawn in a transition: it may
  // come a few tasks after the action ends).
  const focused = React.useRef(0);
  React.useEffect(() => {
    if (!focus || focused.current === focus.n) return;
    const to = focus.to === "preview" ? previewRef.current : noteRef.current;
    if (!to) return;
    to.focus();
    focused.current = focus.n;
  }, [focus, preview]);

  const act = async (what: string, f: () => Promise<Note | void>) => {
    setBusy(what);
    setNote(null);
    let to: "note" | "preview" = "note";
    try {
      const n = await f();
      if (n) setNote(n);
      else to = "preview";
    } catch (e) {
      setNote({ intent: "error", title: `${what} failed`, text: describe(e) });
    } finally {
      setBusy(null);
      setFocus((x) => ({ to, n: (x?.n ?? 0) + 1 }));
    }
  };

  const parse = () =>
    act("Parse", async () => {
      const r = await parseInBackground(text, source);
      // Drawn as a transition: React yields to the browser between components, so a preview of hundreds of tables
      // never holds the pane's thread in one long task.
      React.startTransition(() => setPreview({ release: r, text }));
      if (r.error)
        return {
          intent: "error",
          title: "Could not read the release",
          text: `${r.error.line ? `Line ${r.error.line}: ` : ""}${r.error.message}`,
        };
      return undefined;
    });

  const insert = () =>
    act("Insert", async () => {
      const same =
        preview && preview.text === text && preview.release.source === source;
      const { id, warnings, duplicate } = await releases.insert(
        text,
        source,
        same ? preview.release : undefined,
      );
      if (duplicate)
        return {
          intent: "info",
          title: "Already in this workbook",
          text: `The workbook holds this release as ${id}: nothing was added.`,
          action: { label: `Refresh ${id}`, run: () => refresh(id) },
        };
      const k = releases.kept.find((x) => x.id === id);
      const entry = getStore().releases.find((x) => x.id === id);
      const facts = entry?.release.facts.length ?? 0;
      const wrote = `Wrote ${k?.sheets.join(", ")} and ${plural(facts, "figure")} to HEMA_Facts`;
      const fails =
        entry?.release.checks.filter((c) => c.status === "fail") ?? [];
      const parts = [
        wrote,
        ...(fails.length ? [failing(fails)] : []),
        ...(warnings.length ? [planWarnings(warnings)] : []),
      ];
      if (fails.length || warnings.length)
        return {
          intent: "warning",
          title: fails.length
            ? `Inserted ${id}; ${checksSummary(entry!.release.checks).text}`
            : `Inserted ${id}, with gaps`,
          text: parts.join(". "),
        };
      return { intent: "success", title: `Inserted ${id}`, text: wrote };
    });

  const refresh = (id: string, newText?: string) =>
    act(newText === undefined ? "Refresh" : "Save", async () => {
      const r = await releases.refresh(id, newText);
      setEditing(null);
      const entry = getStore().releases.find((x) => x.id === id);
      // The preview follows the stored text: after Edit text (or a refresh of the release it shows) it shows the
      // figures the workbook now holds.
      if (
        entry &&
        (newText !== undefined || preview?.release.source === entry.source)
      )
        setPreview({ release: entry.release, text: entry.text });
      return refreshNote(
        newText === undefined
          ? `Refreshed ${id}`
          : `Saved the text of ${id} and refreshed it`,
        [r],
      );
    });

  const refreshAll = () =>
    act("Refresh all", async () => {
      const rs = await releases.refreshAll();
      return refreshNote(`Refreshed ${plural(rs.length, "release")}`, rs);
    });

  const remove = (id: string) =>
    act("Remove", async () => {
      const k = await releases.remove(id);
      if (!k)
        return {
          intent: "info",
          title: "Nothing removed",
          text: `${id} was no longer in this workbook`,
        };
      if (editing?.id === id) setEditing(null);
      return {
        intent: "success",
        title: `Removed ${id}`,
        text: `Deleted ${k.sheets.join(", ")} and its rows of HEMA_Facts.`,
        undo: k,
      };
    });

  const undo = (k: KeptRelease) =>
    act("Undo", async () => {
      await releases.restore(k);
      const now = releases.kept.find((x) => x.id === k.id);
      return {
        intent: "success",
        title: `Put back ${k.id}`,
        text: `Wrote ${now?.sheets.join(", ")} and its rows of HEMA_Facts again`,
      };
    });

  /** A pasted web page or an opened file becomes the release's text (a web page's HTML is what is kept). */
  const take = (p: Pasted) => {
    setText(p.text);
    setSource(p.source);
    setNote(
      p.message
        ? { intent: "info", title: "Release text", text: p.message }
        : null,
    );
  };
  const openFile = async (f: File | undefined) => {
    if (!f) return;
    take(fromFile(f.name, decodeBytes(new Uint8Array(await f.arrayBuffer()))));
  };

  const kept = getStore().releases;
  const lineCount = React.useMemo(
    () => (text.length > SHOWN_IN_BOX ? lineBreaks(text) + 1 : 0),
    [text],
  );
  return (
    <main className="pane">
      <Text as="h1" weight="semibold" size={500}>
        HEMA Earnings
      </Text>
      <div aria-live="polite" className="status">
        {busy && <Spinner label={`${busy}…`} size="tiny" />}
      </div>
      {note && (
        <MessageBar
          intent={note.intent}
          data-testid="message"
          data-intent={note.intent}
          ref={noteRef}
          tabIndex={-1}
          layout="multiline"
        >
          <MessageBarBody>
            <MessageBarTitle>{note.title}</MessageBarTitle>
            {note.text}
            {note.action && (
              <Button size="small" onClick={note.action.run} disabled={!!busy}>
                {note.action.label}
              </Button>
            )}
          </MessageBarBody>
          {note.undo && (
            <MessageBarActions>
              <Button
                size="small"
                onClick={() => undo(note.undo!)}
                disabled={!!busy}
              >
                Undo
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      <Field
        label="Release text"
        hint="Paste an earnings press release (a web page's tables come with it), open a .txt or .htm file, or drop one here."
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          if (e.dataTransfer.files.length === 0) return;
          e.preventDefault();
          openFile(e.dataTransfer.files[0]);
        }}
      >
        <Textarea
          value={text.length > SHOWN_IN_BOX ? "" : text}
          placeholder={
            text.length > SHOWN_IN_BOX
              ? `${(text.length / 1e6).toFixed(1)} MB kept (${formatNumber(String(lineCount))} lines), too long to show here: Parse reads all of it. Paste or type to replace it.`
              : undefined
          }
          onChange={(_, d) => setText(d.value)}
          onPaste={(e) => {
            // A long plain text is kept without drawing it in the box (see SHOWN_IN_BOX).
            const plain = e.clipboardData.getData("text/plain");
            if (
              plain.length > SHOWN_IN_BOX &&
              !e.clipboardData.types.includes("text/html")
            ) {
              e.preventDefault();
              take({ text: plain, source: "pasted text", message: null });
              return;
            }
            handlePaste(e, take);
          }}
          resize="vertical"
          rows={6}
          textarea={{ style: MONOSPACE, spellCheck: false, wrap: "off" }}
          data-testid="release-text"
        />
      </Field>
      <div className="row">
        <label className="file">
          Open .txt or .htm file{" "}
          <input
            type="file"
            accept=".txt,.htm,.html,text/plain,text/html"
            onChange={(e) => openFile(e.target.files?.[0])}
          />{" "}
        </label>
      </div>
      <div className="row">
        <Button
          appearance="primary"
          onClick={parse}
          disabled={!!busy || !text.trim()}
        >
          Parse
        </Button>
        <Button
          onClick={insert}
          disabled={!!busy || !preview || !!preview.release.error}
        >
          Insert into workbook
        </Button>
      </div>
      {preview && !preview.release.error && (
        <Preview
          release={preview.release}
          text={preview.text}
          ref={previewRef}
        />
      )}
      <section aria-labelledby="releases-title" className="block">
        <Text as="h2" weight="semibold" size={400} id="releases-title">
          Releases in this workbook
        </Text>
        {kept.length === 0 ? (
          <p>None yet.</p>
        ) : (
          <>
            <Button onClick={refreshAll} disabled={!!busy}>
              Refresh all
            </Button>
            <ul className="releases">
              {kept.map((x) => (
                <li key={x.id}>
                  <span className="release-name">
                    {x.id} —{" "}
                    {releases.kept.find((k) => k.id === x.id)?.sheets[0]}
                  </span>
                  <span className="row">
                    <Button
                      size="small"
                      onClick={() => refresh(x.id)}
                      disabled={!!busy}
                      aria-label={`Refresh ${x.id}`}
                    >
                      Refresh
                    </Button>
                    <Button
                      size="small"
                      onClick={() => setEditing({ id: x.id, text: x.text })}
                      disabled={!!busy}
                      aria-label={`Edit text of ${x.id}`}
                    >
                      Edit text
                    </Button>
                    <Button
                      size="small"
                      onClick={() => remove(x.id)}
                      disabled={!!busy}
                      aria-label={`Remove ${x.id}`}
                    >
                      Remove
                    </Button>
                  </span>
                  {x.release.error && (
                    <Text data-testid="release-error">
                      Not read: {x.release.error.message}
                    </Text>
                  )}{" "}
                </li>
              ))}
            </ul>
          </>
        )}
        {editing && (
          <div>
            <Field label={`Text of ${editing.id}`}>
              <Textarea
                value={editing.text}
                onChange={(_, d) => setEditing({ ...editing, text: d.value })}
                rows={8}
                textarea={{ style: MONOSPACE, spellCheck: false, wrap: "off" }}
                data-testid="edit-text"
              />
            </Field>
            <div className="row">
              <Button
                appearance="primary"
                onClick={() => refresh(editing.id, editing.text)}
                disabled={!!busy}
              >
                Save and refresh
              </Button>
              <Button onClick={() => setEditing(null)}>Cancel</Button>
            </div>
          </div>
        )}
      </section>
      {memory && <Workbook host={memory} />}
    </main>
  );
}
