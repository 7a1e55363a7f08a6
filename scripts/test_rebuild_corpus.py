"""Each cleaning step of rebuild_corpus.py on small made-up texts: python3 -m unittest discover -s scripts"""
import hashlib
import json
import os
import tempfile
import unittest

import rebuild_corpus as rc


class CleaningSteps(unittest.TestCase):
    def test_front_matter_is_cut_only_at_the_top(self):
        page = "---\ntitle: \"A\"\ntags: [\"x\"]\n---\n\nFirst paragraph.\n"
        self.assertEqual(rc.strip_front_matter(page), "\nFirst paragraph.\n")
        self.assertEqual(rc.strip_front_matter("Text\n---\nmore\n---\n"), "Text\n---\nmore\n---\n")
        self.assertEqual(rc.strip_front_matter("---\nno end\n"), "---\nno end\n")

    def test_paragraphs_are_one_line_each_and_lists_run_together(self):
        text = "One line\nand its next.\n\n\n  \nThe list:\n- first\n* second\n\r\nLast.\r\n"
        self.assertEqual(rc.paragraphs(text), ["One line and its next.", "The list: first second", "Last."])

    def test_a_hyphen_inside_a_line_is_not_a_list_marker(self):
        self.assertEqual(rc.paragraphs("In Politics - the republic"), ["In Politics - the republic"])

    def test_headings_are_dropped(self):
        self.assertEqual(rc.drop_headings(["### I. THE FACTS", "#### Intro", "Prose # not a heading"]),
                         ["Prose # not a heading"])

    def test_short_paragraphs_are_dropped_at_forty_characters(self):
        exactly = "x" * 40
        self.assertEqual(rc.drop_short(["Such are the facts.", exactly, "y" * 39]), [exactly])

    def test_double_hyphens_get_a_space_either_side(self):
        self.assertEqual(rc.spaced_dashes(["America--insofar", "a -- b", "a  --b"]),
                         ["America -- insofar", "a -- b", "a -- b"])

    def test_json_work_keeps_one_publication_in_file_order(self):
        records = [{"publication": "w", "statement": " First. "}, {"publication": "v", "statement": "Other."},
                   {"publication": "w", "statement": "Second.\n"}]
        self.assertEqual(rc.json_work(json.dumps(records), "w"), ["First.", "Second."])

    def test_first_lines_with_a_lost_letter_put_back(self):
        self.assertEqual(rc.first_lines("omrades:\nline two\nanother work\n", 2, prefix="C"), "Comrades:\nline two")

    def test_corpus_layout(self):
        self.assertEqual(rc.corpus_text(["A.", "B."]), "A.\n\nB.\n")

    def test_a_whole_markdown_page(self):
        page = ("---\ntitle: \"T\"\n---\n\nComrades, this first paragraph is long enough to keep.\n\n"
                "### II. A HEADING\n\nShort one.\n\n- a list item that is long enough\n- and a second item\n")
        self.assertEqual(rc.markdown_page(page), "Comrades, this first paragraph is long enough to keep.\n\n"
                                                 "a list item that is long enough and a second item\n")


class Rebuilding(unittest.TestCase):
    def test_writes_checks_and_never_writes_over(self):
        page = "---\ntitle: x\n---\n\nA paragraph that is certainly longer than forty characters.\n"
        made = rc.markdown_page(page).encode()
        manifest = {
            "Stalin/trotskyism-or-leninism.txt": {"sha256": hashlib.sha256(made).hexdigest()},
            "Stalin/marxism-and-the-national-question.txt": {"sha256": "0" * 64},
            "Trotsky/my-life-ch14-31.txt": {"sha256": "0" * 64},
        }
        fetched = []

        def fetch(repo, commit, path):
            fetched.append(path)
            return page.encode()

        with tempfile.TemporaryDirectory() as tmp:
            report = dict(rc.rebuild(tmp, fetch, manifest))
            self.assertEqual(report["Stalin/trotskyism-or-leninism.txt"], "exact")
            self.assertEqual(report["Stalin/marxism-and-the-national-question.txt"], "different")
            self.assertEqual(report["Trotsky/my-life-ch14-31.txt"], "no recipe")
            with open(os.path.join(tmp, "Stalin", "trotskyism-or-leninism.txt"), "rb") as f:
                self.assertEqual(f.read(), made)
            self.assertEqual(sorted(os.listdir(os.path.join(tmp, "Stalin"))),
                             ["marxism-and-the-national-question.txt", "trotskyism-or-leninism.txt"])
            again = dict(rc.rebuild(tmp, fetch, manifest))
            self.assertEqual(again["Stalin/trotskyism-or-leninism.txt"], "kept")
            self.assertEqual(len(fetched), 2)

    def test_every_recipe_names_a_file_of_the_recorded_list(self):
        manifest = rc.read_manifest()
        self.assertEqual(set(rc.RECIPES) - set(manifest), set())


if __name__ == "__main__":
    unittest.main()
