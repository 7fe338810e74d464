// The extension's bundled server: the same server as `dpa-lint lsp`, started by the client over stdio.
import { runStdioServer } from "@dpa-lint/language-server";

runStdioServer();
