// The task pane: paste or open a release, Parse → preview, Insert into the workbook, and the releases kept in
// the workbook with Refresh (one or all), Remove and Edit text. Busy work shows a spinner; errors a MessageBar.
import * as React from "react";
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, Textarea } from "@fluentui/react-components";
import { getStore, onStoreChange } from "../src/live-store";
import { Release } from "../src/model";
import { parseInBackground } from "./parse-async";
import { fromFile, handlePaste, Pasted } from "./paste";
import { Preview } from "./Preview";
import { Started } from "./startup";
import { Workbook } from "./Workbook";

/** Releases are fixed-width text: their columns only line up in a monospaced font. */
const MONOSPACE = { fontFamily: "Consolas, 'Courier New', monospace", fontSize: "12px" };

type Note = { intent: "error" | "warning" | "success" | "info"; title: string; text: string; action?: { label: string; run: () => void } } | null;

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));
/** The write plan's warnings in one sentence: how many, then each with its line. */
const planWarnings = (w: { line: number; message: string }[]) =>
  `${w.length} thing(s) could not be written as parsed: ${w.map((x) => `line ${x.line}: ${x.message}`).join("; ")}`;

export function App({ started }: { started: Started }) {
  const { releases, memory } = started;
  const [text, setText] = React.useState("");
  const [source, setSource] = React.useState("pasted text");
  const [preview, setPreview] = React.useState<{ release: Release; text: string } | null>(null);
  const [busy, setBusy] = React.useState<string | null>(null);
  const [note, setNote] = React.useState<Note>(started.loadError ? { intent: "error", title: "Workbook", text: started.loadError } : null);
  const [editing, setEditing] = React.useState<{ id: string; text: string } | null>(null);
  const [, bump] = React.useReducer((x: number) => x + 1, 0);
  React.useEffect(() => onStoreChange(bump), []);

  const act = async (what: string, f: () => Promise<Note | void>) => {
    setBusy(what);
    setNote(null);
    try {
      const n = await f();
      if (n) setNote(n);
    } catch (e) {
      setNote({ intent: "error", title: `${what} failed`, text: describe(e) });
    } finally {
      setBusy(null);
    }
  };

  const parse = () =>
    act("Parse", async () => {
      const r = await parseInBackground(text, source);
      setPreview({ release: r, text });
      if (r.error) return { intent: "error", title: "Could not read the release", text: `${r.error.line ? `Line ${r.error.line}: ` : ""}${r.error.message}` };
      return undefined;
    });

  const insert = () =>
    act("Insert", async () => {
      const same = preview && preview.text === text && preview.release.source === source;
      const { id, warnings, duplicate } = await releases.insert(text, source, same ? preview.release : undefined);
      if (duplicate) return { intent: "info", title: "Already in this workbook", text: `The workbook holds this release as ${id}: nothing was added.`, action: { label: `Refresh ${id}`, run: () => refresh(id) } };
      const k = releases.kept.find((x) => x.id === id);
      const wrote = `Wrote ${k?.sheets.join(", ")} and HEMA_Facts`;
      if (warnings.length) return { intent: "warning", title: "Inserted, with gaps", text: `${wrote}. ${planWarnings(warnings)}` };
      return { intent: "success", title: "Inserted", text: wrote };
    });

  const refresh = (id: string, newText?: string) =>
    act("Refresh", async () => {
      const r = await releases.refresh(id, newText);
      setEditing(null);
      const changed = r.changed.length ? `${r.changed.length} figure(s) changed: ${r.changed.map((c) => `${c.label} ${c.period}`).join("; ")}` : "No figure changed";
      if (r.warnings.length) return { intent: "warning", title: "Refreshed, with gaps", text: `${changed}. ${planWarnings(r.warnings)}` };
      return { intent: "success", title: "Refreshed", text: changed };
    });

  /** A pasted web page or an opened file becomes the release's text (a web page's HTML is what is kept). */
  const take = (p: Pasted) => {
    setText(p.text);
    setSource(p.source);
    setNote(p.message ? { intent: "info", title: "Release text", text: p.message } : null);
  };
  const openFile = async (f: File | undefined) => {
    if (!f) return;
    take(fromFile(f.name, await f.text()));
  };

  return (
    <main className="pane">
      <Text as="h1" weight="semibold" size={500}>
        HEMA Earnings
      </Text>
      {busy && <Spinner label={`${busy}…`} size="tiny" />}
      {note && (
        <MessageBar intent={note.intent} data-testid="message">
          <MessageBarBody>
            <MessageBarTitle>{note.title}</MessageBarTitle>
            {note.text}
            {note.action && (
              <Button size="small" onClick={note.action.run} disabled={!!busy}>
                {note.action.label}
              </Button>
            )}
          </MessageBarBody>
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
          value={text}
          onChange={(_, d) => setText(d.value)}
          onPaste={(e) => handlePaste(e, take)}
          resize="vertical"
          rows={8}
          textarea={{ style: MONOSPACE, spellCheck: false, wrap: "off" }}
          data-testid="release-text"
        />
      </Field>
      <div className="row">
        <label className="file">
          Open .txt or .htm file <input type="file" accept=".txt,.htm,.html,text/plain,text/html" onChange={(e) => openFile(e.target.files?.[0])} />
        </label>
      </div>
      <div className="row">
        <Button appearance="primary" onClick={parse} disabled={!!busy || !text.trim()}>
          Parse
        </Button>
        <Button onClick={insert} disabled={!!busy || !preview || !!preview.release.error}>
          Insert into workbook
        </Button>
      </div>
      {preview && !preview.release.error && <Preview release={preview.release} />}
      <section aria-label="Releases in this workbook">
        <Text as="h2" weight="semibold" size={400}>
          Releases in this workbook
        </Text>
        {getStore().releases.length === 0 ? (
          <p>None yet.</p>
        ) : (
          <>
            <Button onClick={() => act("Refresh all", async () => void (await releases.refreshAll()))} disabled={!!busy}>
              Refresh all
            </Button>
            <ul className="releases">
              {getStore().releases.map((x) => (
                <li key={x.id}>
                  <span>
                    {x.id} — {releases.kept.find((k) => k.id === x.id)?.sheets[0]}
                  </span>
                  {x.release.error && <Text data-testid="release-error">Not read: {x.release.error.message}</Text>}
                  <Button size="small" onClick={() => refresh(x.id)} disabled={!!busy} aria-label={`Refresh ${x.id}`}>
                    Refresh
                  </Button>
                  <Button size="small" onClick={() => setEditing({ id: x.id, text: x.text })} disabled={!!busy} aria-label={`Edit text of ${x.id}`}>
                    Edit text
                  </Button>
                  <Button size="small" onClick={() => act("Remove", () => releases.remove(x.id))} disabled={!!busy} aria-label={`Remove ${x.id}`}>
                    Remove
                  </Button>
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
              <Button appearance="primary" onClick={() => refresh(editing.id, editing.text)} disabled={!!busy}>
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
