import Core

extension MachineTranslator {
    public static let descriptor = PluginDescriptor(
        name: "translate",
        summary: "Full-sentence translation through an engine you run, with the glossary enforced and checked.",
        discussion: """
            Sends the sentences an earlier step found (outside page chrome; with scope summary only \
            the summary's) to a translation engine, in batches, and marks each with its translation. \
            Engines: libretranslate (a LibreTranslate server, POST /translate), openai (an \
            OpenAI-compatible chat server such as llama.cpp's, Ollama or vLLM, POST \
            /v1/chat/completions, one sentence per request, the glossary's renderings of the \
            sentence's terms in the instructions, a reasoning model's <think> dropped), deepl \
            (DeepL's API, POST /v2/translate) and command (any program: one sentence per line on its \
            standard input, its translation on the same line of its output). With a glossary step \
            before and protect names, the glossary's names, places, organisations and papers are \
            written in English inside the sentence sent (قال Kassym-Jomart Tokayev إن …), which \
            engines carry through; then every glossary term of the sentence is checked in the \
            translation (case aside, at word boundaries, a plural s or 's allowed, a nisba adjective \
            also as its place: Uzbek or Uzbekistan) and what is \
            missing is listed in the translation's issues, with any Arabic left untranslated. The \
            API key is read from the environment variable apiKeyVariable names, never from the \
            chain file. A failed request is tried again after 1, 2, 4 … s when that can help (a \
            timeout, HTTP 429 or 5xx); a document whose translation fails is reported with the \
            engine's message and the run goes on. The text renderer prints the translations.
            """,
        requires: ["sentence"],
        produces: [AnnotationKind("translation", data: [
            ("english", "the engine's translation of the sentence (into target)"),
            ("engine", "which engine made it: libretranslate at http://localhost:5000/translate, …"),
            ("issues", "what the glossary check found: glossary: \"Tokayev\" for توكاييف is missing; left untranslated: …"),
        ])],
        options: [
            OptionDescription("engine", type: "one of: libretranslate, openai, deepl, command", "the engine to call"),
            OptionDescription("url", type: "string",
                              "the server (or the endpoint); empty: http://localhost:5000 (libretranslate), http://localhost:8080 (openai), https://api-free.deepl.com (deepl)"),
            OptionDescription("command", type: "list of strings", "the program and its arguments, for engine command (found on PATH)"),
            OptionDescription("model", type: "string", "the model a chat server is asked for (Ollama and vLLM need its name)"),
            OptionDescription("apiKeyVariable", type: "string",
                              "the environment variable holding the API key; empty: none (deepl: DEEPL_AUTH_KEY)"),
            OptionDescription("source", type: "string", "the source language; empty: each document's language"),
            OptionDescription("target", type: "string", "the language to translate into"),
            OptionDescription("protect", type: "one of: names, none",
                              "names: the glossary's names written in English before sending; none: only checked after"),
            OptionDescription("scope", type: "one of: all, summary", "translate every sentence, or only the summary's (after summarize)"),
            OptionDescription("batchSize", type: "integer", "sentences per request or per run of the command (1–50)"),
            OptionDescription("timeout", type: "number", "seconds to wait for one request"),
            OptionDescription("retries", type: "integer", "further tries after a timeout, HTTP 429 or 5xx"),
            OptionDescription("glossaryId", type: "string",
                              "deepl only: the id of a DeepL glossary made from 'workbench glossary export --format deepl', which DeepL then applies itself; empty: none"),
        ],
        examples: [
            PluginExample(
                "A command as the engine (cat stands in for a real one: it answers each line with itself)",
                options: ["engine": "command", "command": ["cat"]],
                input: "قال الرئيس قاسم جومارت توكاييف إن العلاقات جيدة.\nوأضاف أن التعاون سيتوسع.",
                kind: "translation", field: "english",
                expected: ["قال الرئيس قاسم جومارت توكاييف إن العلاقات جيدة.", "وأضاف أن التعاون سيتوسع."]),
        ])
}
