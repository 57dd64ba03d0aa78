using Rungs.Tests.Support;
using static Rungs.Tests.Review.ReviewSites;

namespace Rungs.Tests.Review;

/// <summary>
/// `rungs diff` end to end through the command line (in-process): a temporary git repository, content committed and
/// tagged v1, then one commit per change (grade, FLSA, a duty reworded, a class renamed, a class removed). The Markdown
/// and JSON reports are checked line by line, for all the changes at once and for each commit on its own.
/// </summary>
public sealed class DiffEndToEndTests(DiffEndToEndTests.History history) : IClassFixture<DiffEndToEndTests.History>, IDisposable
{
    /// <summary>The repository and its six commits, made once for all the tests here (they only read it, or restore it).</summary>
    public sealed class History : IDisposable
    {
        public ReviewRepo Repo { get; } = ReviewRepo.With(Ladder(), tag: "v1");

        public History()
        {
            Repo.Edit("series/cs/cs-representative.md", "grade: \"15\"", "grade: \"16\"");
            Repo.Commit("Regrade CS Representative");
            Repo.Edit("series/cs/cs-assistant.md", "flsa: non-exempt", "flsa: exempt");
            Repo.Commit("CS Assistant is exempt");
            Repo.Edit("series/cs/cs-assistant.md", "- answers routine inquiries from clients", "- answers complex inquiries from clients and staff");
            Repo.Commit("Reword a duty");
            Repo.Move("series/cs/cs-specialist.md", "series/cs/cs-team-specialist.md");
            Repo.Commit("Rename the specialist's file");
            Repo.Delete("series/cs/cs-senior-specialist.md");
            Repo.Commit("Remove the senior specialist");
        }

        public void Dispose() => Repo.Dispose();
    }

    private readonly ReviewRepo _repo = history.Repo;
    private readonly TempDirectory _out = new();

    public void Dispose() => _out.Dispose();

    /// <summary>Runs `rungs diff args… --content … --output …` and returns the report.</summary>
    private string Diff(params string[] args)
    {
        var output = _out.Combine($"report-{Guid.NewGuid():N}");
        Assert.Equal(0, RungsCli.Run(["diff", .. args, "--content", _repo.Content, "--output", output]));
        return File.ReadAllText(output);
    }

    /// <summary>The expected text with `{revision}` replaced by that revision's commit id (`{v1}`) or its first 7 characters (`{v1:7}`).</summary>
    private string Expected(string template, params string[] revisions)
    {
        foreach (var revision in revisions)
        {
            var id = _repo.Git("rev-parse", revision).Trim();
            template = template.Replace("{" + revision + ":7}", id[..7]).Replace("{" + revision + "}", id);
        }

        return template + "\n";
    }

    [Fact]
    public void The_markdown_report_lists_high_impact_changes_first_then_every_class_change()
    {
        AssertLines(Expected("""
            <!-- rungs-diff -->
            ## Spec changes

            Base: `v1` (commit {v1:7}) · Head: `HEAD` (commit {HEAD:7}) · Content folder: `content`

            **4 changes** — classes: 1 removed, 1 renamed, 2 changed. **3 high-impact changes.**

            ### High-impact changes

            - **CS Senior Specialist** (4810) — class removed
            - **CS Assistant** (4807) — FLSA status: Non-exempt → Exempt
            - **CS Representative** (4808) — Pay grade: 15 → 16

            ### Classes

            #### Removed: CS Senior Specialist (4810)

            `series/cs/cs-senior-specialist.md` · series `cs` · level 4 · pay grade 19 · FLSA Exempt

            #### Renamed: CS Specialist (4809)

            `series/cs/cs-specialist.md` → `series/cs/cs-team-specialist.md`

            #### Changed: CS Assistant (4807)

            `series/cs/cs-assistant.md`

            - FLSA status: Non-exempt → Exempt

            **Duties**: 1 reworded

            - answers ~~routine~~ **complex** inquiries from clients **and staff**

            #### Changed: CS Representative (4808)

            `series/cs/cs-representative.md`

            - Pay grade: 15 → 16
            """, "v1", "HEAD"), Diff("v1", "HEAD"));
    }

    [Theory]
    [InlineData(1, """
        **1 change** — classes: 1 changed. **1 high-impact change.**

        ### High-impact changes

        - **CS Representative** (4808) — Pay grade: 15 → 16

        ### Classes

        #### Changed: CS Representative (4808)

        `series/cs/cs-representative.md`

        - Pay grade: 15 → 16
        """)]
    [InlineData(2, """
        **1 change** — classes: 1 changed. **1 high-impact change.**

        ### High-impact changes

        - **CS Assistant** (4807) — FLSA status: Non-exempt → Exempt

        ### Classes

        #### Changed: CS Assistant (4807)

        `series/cs/cs-assistant.md`

        - FLSA status: Non-exempt → Exempt
        """)]
    [InlineData(3, """
        **1 change** — classes: 1 changed.

        ### Classes

        #### Changed: CS Assistant (4807)

        `series/cs/cs-assistant.md`

        **Duties**: 1 reworded

        - answers ~~routine~~ **complex** inquiries from clients **and staff**
        """)]
    [InlineData(4, """
        **1 change** — classes: 1 renamed.

        ### Classes

        #### Renamed: CS Specialist (4809)

        `series/cs/cs-specialist.md` → `series/cs/cs-team-specialist.md`
        """)]
    [InlineData(5, """
        **1 change** — classes: 1 removed. **1 high-impact change.**

        ### High-impact changes

        - **CS Senior Specialist** (4810) — class removed

        ### Classes

        #### Removed: CS Senior Specialist (4810)

        `series/cs/cs-senior-specialist.md` · series `cs` · level 4 · pay grade 19 · FLSA Exempt
        """)]
    public void Each_commit_on_its_own_reports_exactly_its_change(int step, string body)
    {
        var (before, after) = ($"HEAD~{6 - step}", $"HEAD~{5 - step}");

        var expected = "<!-- rungs-diff -->\n## Spec changes\n\n"
                       + $"Base: `{before}` (commit {{{before}:7}}) · Head: `{after}` (commit {{{after}:7}}) · Content folder: `content`\n\n"
                       + body;
        AssertLines(Expected(expected, before, after), Diff(before, after));
    }

    [Fact]
    public void Uncommitted_edits_are_compared_when_head_is_left_out()
    {
        _repo.Edit("series/cs/cs-representative.md", "grade: \"16\"", "grade: \"17\"");
        string report;
        try
        {
            report = Diff("HEAD");
        }
        finally
        {
            _repo.Git("checkout", "--", "content");
        }

        AssertLines(Expected("""
            <!-- rungs-diff -->
            ## Spec changes

            Base: `HEAD` (commit {HEAD:7}) · Head: working tree · Content folder: `content`

            **1 change** — classes: 1 changed. **1 high-impact change.**

            ### High-impact changes

            - **CS Representative** (4808) — Pay grade: 16 → 17

            ### Classes

            #### Changed: CS Representative (4808)

            `series/cs/cs-representative.md`

            - Pay grade: 16 → 17
            """, "HEAD"), report);
    }

    [Fact]
    public void No_changes_is_said_plainly_and_still_exits_0()
    {
        AssertLines(Expected("""
            <!-- rungs-diff -->
            ## Spec changes

            Base: `HEAD` (commit {HEAD:7}) · Head: working tree · Content folder: `content`

            **No changes** to series, classes, competencies, KSAs or job models.
            """, "HEAD"), Diff("HEAD"));
    }

    [Fact]
    public void The_json_report_follows_schema_rungs_diff_1()
    {
        AssertLines(Expected("""
            {
              "schema": "rungs.diff/1",
              "base": {
                "label": "v1",
                "kind": "revision",
                "commit": "{v1}",
                "errors": 0,
                "warnings": 0,
                "diagnostics": []
              },
              "head": {
                "label": "HEAD",
                "kind": "revision",
                "commit": "{HEAD}",
                "errors": 0,
                "warnings": 0,
                "diagnostics": []
              },
              "content_path": "content",
              "summary": {
                "changes": 4,
                "high_impact": 3,
                "kinds": {
                  "series": {
                    "added": 0,
                    "removed": 0,
                    "renamed": 0,
                    "moved": 0,
                    "changed": 0
                  },
                  "class": {
                    "added": 0,
                    "removed": 1,
                    "renamed": 1,
                    "moved": 0,
                    "changed": 2
                  },
                  "competency": {
                    "added": 0,
                    "removed": 0,
                    "renamed": 0,
                    "moved": 0,
                    "changed": 0
                  },
                  "ksa": {
                    "added": 0,
                    "removed": 0,
                    "renamed": 0,
                    "moved": 0,
                    "changed": 0
                  },
                  "job-model": {
                    "added": 0,
                    "removed": 0,
                    "renamed": 0,
                    "moved": 0,
                    "changed": 0
                  }
                }
              },
              "high_impact": [
                {
                  "kind": "class",
                  "slug": "cs-senior-specialist",
                  "title": "CS Senior Specialist",
                  "code": "4810",
                  "reason": "class-removed",
                  "label": "Class",
                  "before": null,
                  "after": null,
                  "summary": "class removed"
                },
                {
                  "kind": "class",
                  "slug": "cs-assistant",
                  "title": "CS Assistant",
                  "code": "4807",
                  "reason": "flsa",
                  "label": "FLSA status",
                  "before": "Non-exempt",
                  "after": "Exempt",
                  "summary": "FLSA status: Non-exempt → Exempt"
                },
                {
                  "kind": "class",
                  "slug": "cs-representative",
                  "title": "CS Representative",
                  "code": "4808",
                  "reason": "grade",
                  "label": "Pay grade",
                  "before": "15",
                  "after": "16",
                  "summary": "Pay grade: 15 → 16"
                }
              ],
              "items": [
                {
                  "kind": "class",
                  "status": "removed",
                  "slug": "cs-senior-specialist",
                  "title": "CS Senior Specialist",
                  "code": "4810",
                  "high_impact": true,
                  "before": {
                    "slug": "cs-senior-specialist",
                    "series": "cs",
                    "path": "series/cs/cs-senior-specialist.md",
                    "title": "CS Senior Specialist",
                    "code": "4810"
                  },
                  "after": null,
                  "fields": [
                    {
                      "id": "title",
                      "label": "Job title",
                      "before": "CS Senior Specialist",
                      "after": null,
                      "words": [
                        {
                          "change": "removed",
                          "text": "CS Senior Specialist"
                        }
                      ]
                    },
                    {
                      "id": "code",
                      "label": "Job code",
                      "before": "4810",
                      "after": null,
                      "words": [
                        {
                          "change": "removed",
                          "text": "4810"
                        }
                      ]
                    },
                    {
                      "id": "grade",
                      "label": "Pay grade",
                      "before": "19",
                      "after": null,
                      "words": [
                        {
                          "change": "removed",
                          "text": "19"
                        }
                      ]
                    },
                    {
                      "id": "flsa",
                      "label": "FLSA status",
                      "before": "Exempt",
                      "after": null,
                      "words": [
                        {
                          "change": "removed",
                          "text": "Exempt"
                        }
                      ]
                    },
                    {
                      "id": "level",
                      "label": "Level",
                      "before": "4",
                      "after": null,
                      "words": [
                        {
                          "change": "removed",
                          "text": "4"
                        }
                      ]
                    },
                    {
                      "id": "includes-lower-level-work",
                      "label": "Includes lower-level work",
                      "before": "no",
                      "after": null,
                      "words": [
                        {
                          "change": "removed",
                          "text": "no"
                        }
                      ]
                    }
                  ],
                  "lists": [],
                  "links": [],
                  "sections": []
                },
                {
                  "kind": "class",
                  "status": "renamed",
                  "slug": "cs-team-specialist",
                  "title": "CS Specialist",
                  "code": "4809",
                  "high_impact": false,
                  "before": {
                    "slug": "cs-specialist",
                    "series": "cs",
                    "path": "series/cs/cs-specialist.md",
                    "title": "CS Specialist",
                    "code": "4809"
                  },
                  "after": {
                    "slug": "cs-team-specialist",
                    "series": "cs",
                    "path": "series/cs/cs-team-specialist.md",
                    "title": "CS Specialist",
                    "code": "4809"
                  },
                  "fields": [],
                  "lists": [],
                  "links": [],
                  "sections": []
                },
                {
                  "kind": "class",
                  "status": "changed",
                  "slug": "cs-assistant",
                  "title": "CS Assistant",
                  "code": "4807",
                  "high_impact": true,
                  "before": {
                    "slug": "cs-assistant",
                    "series": "cs",
                    "path": "series/cs/cs-assistant.md",
                    "title": "CS Assistant",
                    "code": "4807"
                  },
                  "after": {
                    "slug": "cs-assistant",
                    "series": "cs",
                    "path": "series/cs/cs-assistant.md",
                    "title": "CS Assistant",
                    "code": "4807"
                  },
                  "fields": [
                    {
                      "id": "flsa",
                      "label": "FLSA status",
                      "before": "Non-exempt",
                      "after": "Exempt",
                      "words": [
                        {
                          "change": "removed",
                          "text": "Non-exempt"
                        },
                        {
                          "change": "added",
                          "text": "Exempt"
                        }
                      ]
                    }
                  ],
                  "lists": [],
                  "links": [],
                  "sections": [
                    {
                      "id": "duties",
                      "title": "Duties",
                      "status": "changed",
                      "summary": "1 reworded",
                      "items": [
                        {
                          "change": "reworded",
                          "before": "answers routine inquiries from clients",
                          "after": "answers complex inquiries from clients and staff",
                          "before_index": 0,
                          "after_index": 0,
                          "words": [
                            {
                              "change": "same",
                              "text": "answers"
                            },
                            {
                              "change": "removed",
                              "text": "routine"
                            },
                            {
                              "change": "added",
                              "text": "complex"
                            },
                            {
                              "change": "same",
                              "text": "inquiries from clients"
                            },
                            {
                              "change": "added",
                              "text": "and staff"
                            }
                          ]
                        }
                      ],
                      "text": []
                    }
                  ]
                },
                {
                  "kind": "class",
                  "status": "changed",
                  "slug": "cs-representative",
                  "title": "CS Representative",
                  "code": "4808",
                  "high_impact": true,
                  "before": {
                    "slug": "cs-representative",
                    "series": "cs",
                    "path": "series/cs/cs-representative.md",
                    "title": "CS Representative",
                    "code": "4808"
                  },
                  "after": {
                    "slug": "cs-representative",
                    "series": "cs",
                    "path": "series/cs/cs-representative.md",
                    "title": "CS Representative",
                    "code": "4808"
                  },
                  "fields": [
                    {
                      "id": "grade",
                      "label": "Pay grade",
                      "before": "15",
                      "after": "16",
                      "words": [
                        {
                          "change": "removed",
                          "text": "15"
                        },
                        {
                          "change": "added",
                          "text": "16"
                        }
                      ]
                    }
                  ],
                  "lists": [],
                  "links": [],
                  "sections": []
                }
              ]
            }
            """, "v1", "HEAD"), Diff("v1", "HEAD", "--format", "json"));
    }
}
