using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Rungs.Tests.Support;

namespace Rungs.Tests.Search.Client;

/// <summary>Runs search.js's pure functions in Node on a batch of cases and returns one JSON result per case.</summary>
internal static class SearchClient
{
    public static readonly string Script = Path.Combine(Repo.Themes, "default", "assets", "search.js");

    // Each case names an operation of the engine; index files (text of the generated scripts) are read through a
    // rungsSearch stub, the way the browser reads them.
    private const string Harness = """
        "use strict";
        const fs = require("fs");
        const s = require(process.argv[2]);
        const read = (files) => {
          const data = {};
          globalThis.rungsSearch = (name, value) => { data[name] = value; };
          for (const text of Object.values(files || {})) new Function(text)();
          return data;
        };
        const fragmentsOf = (data) => Object.fromEntries(Object.keys(data).filter((n) => n.startsWith("terms/")).map((n) => [n.slice(6), data[n]]));
        const required = (plan) => plan.tokens.filter((t) => t.required);
        // What the client loads for queries: the fragments by key, the prefix files of split prefixes as "prefix/<p>".
        const loadedOf = (data) => Object.assign(fragmentsOf(data),
          Object.fromEntries(Object.keys(data).filter((n) => n.startsWith("prefix/")).map((n) => [n, data[n]])));
        // The same index unsplit: one fragment per first character, no prefix files (as a small site's index is).
        const unsplit = (data) => {
          const fragments = {}, manifest = Object.assign({}, data.manifest, { split: {}, deep: [] });
          for (const fragment of Object.values(fragmentsOf(data))) {
            for (const part of ["terms", "names"]) {
              for (const [text, list] of Object.entries(fragment[part])) {
                const key = s.fragmentKey(s.tokenize(text)[0], manifest);
                fragments[key] = fragments[key] || { terms: {}, names: {} };
                fragments[key][part][text] = list;
              }
            }
          }
          manifest.fragments = Object.keys(fragments);
          return { manifest, fragments };
        };
        const run = (c) => {
          switch (c.op) {
            case "tokenize": return s.tokenize(c.text);
            case "key": return s.fragmentKey(c.term, c.manifest);
            case "decode": return s.decodePostings(c.list);
            case "edit": return s.withinOneEdit(c.a, c.b);
            case "edits": return s.withinEdits(c.a, c.b, c.max);
            case "parse": return s.parseQuery(c.query, c.manifest);
            case "search": {
              const r = s.search(s.parseQuery(c.query, c.manifest), c.manifest, c.fragments);
              return { hits: r.hits, typos: r.typos };
            }
            case "highlight": {
              const plan = s.parseQuery(c.query, c.manifest);
              return s.highlight(c.text, required(plan), s.search(plan, c.manifest, c.fragments).typos);
            }
            case "clip": {
              const plan = s.parseQuery(c.query, c.manifest);
              return s.clip(c.text, required(plan), [], c.size);
            }
            case "facets": {
              const values = s.facetValues(c.manifest, c.facets), chosen = s.chosenFrom(s.readState(c.search), values);
              const plain = (counts) => Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v]));
              return { counts: plain(s.facetCounts(c.docs, c.facets, chosen, values)), docs: s.applyFacets(c.docs, c.facets, chosen) };
            }
            case "state": {
              const state = s.readState(c.search), out = { state, search: s.writeState(state) };
              if (c.values) out.normalised = s.writeState(s.stateFrom(state.q, s.chosenFrom(state, c.values), c.values));
              return out;
            }
            case "shown": return s.facetShown(c.counts, new Set(c.chosen), c.limit === null ? Infinity : c.limit);
            case "stop-words": return s.STOP_WORDS;
            case "index-keys": { // every term and name of a generated index, in the fragment the client looks for it
              const data = read(c.files), manifest = data.manifest, wrong = [];
              for (const [key, fragment] of Object.entries(fragmentsOf(data))) {
                if (manifest.fragments.indexOf(key) < 0) wrong.push("fragment " + key + " is not in the manifest");
                for (const term of Object.keys(fragment.terms)) if (s.fragmentKey(term, manifest) !== key) wrong.push("term " + term + " in " + key);
                for (const name of Object.keys(fragment.names)) if (s.fragmentKey(s.tokenize(name)[0], manifest) !== key) wrong.push("name " + name + " in " + key);
              }
              return wrong;
            }
            case "index-search": { // the titles of the first results of each query against a generated index
              const data = read(c.files), manifest = data.manifest, fragments = fragmentsOf(data);
              const docs = [].concat(...Object.keys(data).filter((n) => n.startsWith("docs/")).sort((a, b) => a.slice(5) - b.slice(5))
                .map((n) => (Array.isArray(data[n]) ? data[n] : data[n].d)));
              return c.queries.map((q) => s.search(s.parseQuery(q, manifest), manifest, fragments).hits.map((h) => docs[h.doc].t));
            }
            case "index-scores": { // each query's hits ({doc, score}) against a generated index, or against it unsplit
              const data = read(c.files), index = c.unsplit ? unsplit(data) : { manifest: data.manifest, fragments: loadedOf(data) };
              return c.queries.map((q) => s.search(s.parseQuery(q, index.manifest), index.manifest, index.fragments).hits);
            }
            case "index-loads": { // the index files each query loads, after the manifest
              const manifest = read(c.files).manifest;
              return c.queries.map((q) => {
                const plan = s.parseQuery(q, manifest);
                return plan.keys.map((k) => "search/terms/" + k + ".js").concat((plan.prefixes || []).map((p) => "search/prefix/" + p + ".js"));
              });
            }
            case "index-facets": { // the titles a facet choice (`search`, a page address's query) keeps of a generated index
              const data = read(c.files), docs = [].concat(...Object.keys(data).filter((n) => n.startsWith("docs/"))
                .sort((a, b) => a.slice(5) - b.slice(5)).map((n) => (Array.isArray(data[n]) ? data[n] : data[n].d)));
              const values = s.facetValues(data.manifest, data.facets), chosen = s.chosenFrom(s.readState(c.search), values);
              const all = docs.map((_, i) => i);
              return { values: values.pay, counts: s.facetCounts(all, data.facets, chosen, values).pay,
                kept: s.applyFacets(all, data.facets, chosen).map((i) => docs[i].t) };
            }
            default: throw new Error("unknown op " + c.op);
          }
        };
        const cases = JSON.parse(fs.readFileSync(process.argv[3], "utf8"));
        fs.writeFileSync(process.argv[4], JSON.stringify(cases.map(run)));
        """;

    public static JsonNode Run(JsonObject single) => Run([single])[0]!;

    public static JsonArray Run(JsonObject[] cases)
    {
        Assert.True(File.Exists(Script), $"{Script} is missing");
        using var temp = new TempDirectory();
        var harness = temp.WriteText("harness.js", Harness);
        var input = temp.WriteText("input.json", new JsonArray(cases.Select(c => (JsonNode?)c.DeepClone()).ToArray()).ToJsonString());
        var output = temp.Combine("output.json");

        var start = new ProcessStartInfo("node") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { harness, Script, input, output }) start.ArgumentList.Add(arg);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"`node` is needed to test search.js, and could not be started ({e.Message}). Install Node.js (Debian: apt-get install nodejs).");
            throw;
        }

        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEndAsync();
            HangGuard.WaitForExit(process, "node");

            Assert.True(process.ExitCode == 0, $"node exited with {process.ExitCode}:\n{stderr.Result}\n{stdout.Result}");
        }

        var result = JsonNode.Parse(File.ReadAllText(output))!.AsArray();
        Assert.Equal(cases.Length, result.Count);
        return result;
    }
}
