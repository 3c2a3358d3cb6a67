package dev.kiln.highlight;

import java.util.List;
import java.util.function.Supplier;
import org.fife.ui.rsyntaxtextarea.TokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.*;

/**
 * The languages Kiln highlights, each with the fence names that select it (lower case; the first is
 * the canonical one) and a way to make a fresh lexer. {@code console} means a shell session: only
 * lines after a prompt are highlighted as shell, the rest is output.
 */
enum Language {
  ACTIONSCRIPT(rsta(ActionScriptTokenMaker::new), "actionscript", "as"),
  ASSEMBLY(rsta(AssemblerX86TokenMaker::new), "asm", "nasm", "x86asm"),
  BATCH(rsta(WindowsBatchTokenMaker::new), "bat", "batch", "cmd", "dosbatch"),
  C(rsta(CTokenMaker::new), "c", "h"),
  CLOJURE(rsta(ClojureTokenMaker::new), "clojure", "clj", "cljs", "edn"),
  CONSOLE(ConsoleLexer::new, "console", "shell-session", "terminal"),
  CPP(rsta(CPlusPlusTokenMaker::new), "cpp", "c++", "cc", "cxx", "hpp", "hxx"),
  CSHARP(rsta(CSharpTokenMaker::new), "csharp", "cs", "c#"),
  CSS(rsta(CSSTokenMaker::new), "css"),
  D(rsta(DTokenMaker::new), "d"),
  DART(rsta(DartTokenMaker::new), "dart"),
  DELPHI(rsta(DelphiTokenMaker::new), "delphi", "pascal", "pas"),
  DIFF(DiffLexer::new, "diff", "patch", "udiff"),
  DOCKERFILE(rsta(DockerTokenMaker::new), "dockerfile", "docker", "containerfile"),
  DOTENV(rsta(EnvTokenMaker::new), "dotenv", "env"),
  DTD(rsta(DtdTokenMaker::new), "dtd"),
  FORTRAN(rsta(FortranTokenMaker::new), "fortran", "f90", "f95"),
  GO(rsta(GoTokenMaker::new), "go", "golang"),
  GROOVY(rsta(GroovyTokenMaker::new), "groovy", "gradle"),
  HANDLEBARS(rsta(HandlebarsTokenMaker::new), "handlebars", "hbs", "mustache"),
  HTACCESS(rsta(HtaccessTokenMaker::new), "htaccess", "apacheconf"),
  HTML(rsta(HTMLTokenMaker::new), "html", "htm", "xhtml"),
  INI(rsta(IniTokenMaker::new), "ini", "cfg", "editorconfig", "gitconfig"),
  JAVA(rsta(JavaTokenMaker::new), "java"),
  JAVASCRIPT(rsta(JavaScriptTokenMaker::new), "javascript", "js", "jsx", "mjs", "cjs", "node"),
  JSON(() -> new RstaLexer(new JsonTokenMaker(), TokenClass.ATTRIBUTE), "json", "geojson", "webmanifest"),
  JSON_WITH_COMMENTS(() -> new RstaLexer(new JshintrcTokenMaker(), TokenClass.ATTRIBUTE), "jsonc", "json5"),
  JSP(rsta(JSPTokenMaker::new), "jsp"),
  KOTLIN(rsta(KotlinTokenMaker::new), "kotlin", "kt", "kts"),
  LATEX(rsta(LatexTokenMaker::new), "latex", "tex"),
  LESS(rsta(LessTokenMaker::new), "less"),
  LISP(rsta(LispTokenMaker::new), "lisp", "elisp", "emacs-lisp", "common-lisp"),
  LUA(rsta(LuaTokenMaker::new), "lua"),
  MAKEFILE(rsta(MakefileTokenMaker::new), "makefile", "make", "mk", "mf"),
  MARKDOWN(rsta(MarkdownTokenMaker::new), "markdown", "md"),
  NSIS(rsta(NSISTokenMaker::new), "nsis"),
  PERL(rsta(PerlTokenMaker::new), "perl", "pl", "pm"),
  PHP(rsta(PHPTokenMaker::new), "php"),
  POWERSHELL(rsta(PowerShellTokenMaker::new), "powershell", "ps1", "pwsh", "posh"),
  PROPERTIES(rsta(PropertiesFileTokenMaker::new), "properties", "java-properties"),
  PROTO(rsta(ProtoTokenMaker::new), "proto", "protobuf"),
  PYTHON(rsta(PythonTokenMaker::new), "python", "py", "python3", "py3", "gyp"),
  RUBY(rsta(RubyTokenMaker::new), "ruby", "rb", "gemspec", "rake"),
  RUST(rsta(RustTokenMaker::new), "rust", "rs"),
  SCALA(rsta(ScalaTokenMaker::new), "scala", "sbt"),
  SHELL(rsta(UnixShellTokenMaker::new), "bash", "sh", "shell", "zsh", "ksh", "ash"),
  SQL(rsta(SQLTokenMaker::new), "sql", "mysql", "postgresql", "postgres", "pgsql", "plsql", "sqlite"),
  TCL(rsta(TclTokenMaker::new), "tcl"),
  TOML(TomlLexer::new, "toml"),
  TYPESCRIPT(rsta(TypeScriptTokenMaker::new), "typescript", "ts", "tsx", "mts", "cts"),
  VHDL(rsta(VhdlTokenMaker::new), "vhdl"),
  VISUAL_BASIC(rsta(VisualBasicTokenMaker::new), "vb", "vbnet", "visualbasic"),
  XML(rsta(XMLTokenMaker::new), "xml", "svg", "xsd", "xsl", "xslt", "wsdl", "rss", "atom", "plist", "xaml"),
  YAML(YamlLexer::new, "yaml", "yml");

  private final Supplier<LineLexer> lexer;
  private final List<String> names;

  Language(Supplier<LineLexer> lexer, String... names) {
    this.lexer = lexer;
    this.names = List.of(names);
  }

  List<String> names() {
    return names;
  }

  LineLexer newLexer() {
    return lexer.get();
  }

  private static Supplier<LineLexer> rsta(Supplier<TokenMaker> maker) {
    return () -> new RstaLexer(maker.get());
  }
}
