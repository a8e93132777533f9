import HelmEngine
#if canImport(Glibc)
import Glibc
#endif

/// One `rudder template` run with its options as plain values: filled by `TemplateCommand`
/// (ArgumentParser, for `--help`) or straight from `TemplateFlags` (the fast path of
/// `main.swift`, which skips ArgumentParser's reflection-heavy start-up).
struct TemplateInvocation {
    var arguments: [String] = []
    var values: [String] = []
    var namespace = "default"
    var kubeVersion: String?
    var apiVersions: [String] = []
    var set: [String] = []
    var setString: [String] = []
    var setJSON: [String] = []
    var setFile: [String] = []
    var setLiteral: [String] = []
    var skipTests = false
    var noHooks = false
    var includeCRDs = false
    var outputDir: String?
    var useReleaseName = false
    var isUpgrade = false
    var showOnly: [String] = []
    var nameTemplate: String?
    var generateName = false
    var debug = false
    var chartVersion: String?
    var postRenderer: String?
    var postRendererArgs: [String] = []
    var repo: String?
    var verify = false
    var caFile: String?
    var dryRun: String?
    var validate = false
    var skipSchemaValidation = false
    /// The subcommand named in messages (`template`, `diff`, `watch`).
    var command = "template"
    /// `--compat v3|v4`: the helm release whose output to reproduce.
    var compat: String?
    /// `--explain`: after an error, show the template snippet and where values came from.
    var explain = false

    /// The options pflag read; single-valued flags keep their last value, as pflag does.
    init(flags: TemplateFlags, command: String = "template") {
        self.command = command
        arguments = flags.positionals
        for (name, value) in flags.forwardedValues {
            switch name {
            case "values": values.append(value)
            case "namespace": namespace = value
            case "kube-version": kubeVersion = value
            case "api-versions": apiVersions.append(value)
            case "set": set.append(value)
            case "set-string": setString.append(value)
            case "set-json": setJSON.append(value)
            case "set-file": setFile.append(value)
            case "set-literal": setLiteral.append(value)
            case "output-dir": outputDir = value
            case "show-only": showOnly.append(value)
            case "name-template": nameTemplate = value
            case "version": chartVersion = value
            case "post-renderer": postRenderer = value
            case "post-renderer-args": postRendererArgs.append(value)
            case "repo": repo = value
            case "ca-file": caFile = value
            case "dry-run": dryRun = value
            case "compat": compat = value
            default: break
            }
        }
        let on = flags.forwardedBools
        skipTests = on.contains("skip-tests")
        noHooks = on.contains("no-hooks")
        includeCRDs = on.contains("include-crds")
        useReleaseName = on.contains("release-name")
        isUpgrade = on.contains("is-upgrade")
        generateName = on.contains("generate-name")
        debug = on.contains("debug")
        verify = on.contains("verify")
        validate = on.contains("validate")
        skipSchemaValidation = on.contains("skip-schema-validation")
        explain = on.contains("explain")
    }

    init(_ command: TemplateCommand) {
        arguments = command.arguments
        values = command.values
        namespace = command.namespace
        kubeVersion = command.kubeVersion
        apiVersions = command.apiVersions
        set = command.set
        setString = command.setString
        setJSON = command.setJSON
        setFile = command.setFile
        setLiteral = command.setLiteral
        skipTests = command.skipTests
        noHooks = command.noHooks
        includeCRDs = command.includeCRDs
        outputDir = command.outputDir
        useReleaseName = command.useReleaseName
        isUpgrade = command.isUpgrade
        showOnly = command.showOnly
        nameTemplate = command.nameTemplate
        generateName = command.generateName
        debug = command.debug
        chartVersion = command.chartVersion
        postRenderer = command.postRenderer
        postRendererArgs = command.postRendererArgs
        repo = command.repo
        verify = command.verify
        caFile = command.caFile
        dryRun = command.dryRun
        validate = command.validate
        skipSchemaValidation = command.skipSchemaValidation
        explain = command.explain
        compat = command.compat
    }

    /// Runs `rudder template`: prints the output, or helm's error and exits 1.
    func run() {
        let action: TemplateAction
        do {
            action = try makeAction()
        } catch {
            Console.fail(error.message)
        }
        do {
            let result = try action.runResult()
            for line in result.log { Console.err(line + "\n") }
            Console.out(result.stdout)
        } catch let fatal as GoRuntimeFatal {
            Console.die(fatal)
        } catch let failure as ReleaseFailure {
            if let fatal = failure.underlying as? GoRuntimeFatal { Console.die(fatal) }
            for line in failure.log { Console.err(line + "\n") }
            if debug {
                Console.out(failure.partialOutput + (failure.suggestsDebug ? failure.debugOutput : ""))
                Console.fail("\(failure)", explanation: debugDump(failure, action))
            }
            Console.out(failure.partialOutput)
            let message = failure.suggestsDebug ? "\(failure)\n\nUse --debug flag to render out invalid YAML" : "\(failure)"
            Console.fail(message, explanation: ErrorExplainer.explanation(failure.underlying, invocation: self, action: action))
        } catch {
            let explanation = ErrorExplainer.explanation(error, invocation: self, action: action)
            Console.fail("\(error)", explanation: (debugDump(error, action) ?? "") + (explanation ?? ""))
        }
    }

    /// What helm prints after the error line with `--debug` (helm v3's `helm.go:86` line).
    func debugDump(_ error: any Error, _ action: TemplateAction) -> String? {
        debug ? action.profile.logStyle.errorDump(error) : nil
    }

    /// The render these options ask for, after helm's checks of the command line; a failed
    /// check is helm's error message. Warnings (deprecated `--dry-run` forms) go to stderr.
    func makeAction() throws(InvocationError) -> TemplateAction {
        let profile = try Self.profile(compat)
        // helm takes an empty value of these flags for no flag at all.
        let postRenderer = postRenderer?.isEmpty == false ? postRenderer : nil
        let nameTemplate = nameTemplate?.isEmpty == false ? nameTemplate : nil
        let namespace = namespace.isEmpty ? "default" : namespace
        var postRender: ExecPostRenderer?
        if let postRenderer {
            guard profile.postRendererIsExecutable else {
                throw InvocationError(TemplatePreflight.postRendererError(postRenderer))
            }
            postRender = try ExecPostRenderer(postRenderer, arguments: postRendererArgs)
        }
        // helm v3 has no such flag group (it goes on to contact the cluster).
        if validate && dryRun != nil && profile == .v4 {
            throw InvocationError("if any flags in the group [validate dry-run] are set none of the others can be; [dry-run validate] were all set")
        }
        let name: String
        let chart: String
        switch arguments.count {
        case 1: name = "release-name"; chart = arguments[0]
        case 2:
            name = arguments[0]; chart = arguments[1]
            if generateName { throw InvocationError("cannot set --generate-name and also specify a name") }
            if nameTemplate != nil { throw InvocationError("cannot set --name-template and also specify a name") }
        case 0: throw InvocationError("\"rudder \(command)\" requires at least 1 argument\n\nUsage:  rudder \(command) [NAME] [CHART] [flags]")
        default:
            throw InvocationError("expected at most two arguments, unexpected arguments: " + arguments[2...].joined(separator: ", "))
        }
        if let message = TemplatePreflight.check(caFile: caFile, dryRun: dryRun, validate: validate, profile: profile) {
            throw InvocationError(message)
        }
        if let warning = TemplatePreflight.dryRunWarning(dryRun, profile: profile) { Console.err(warning + "\n") }
        if let repo { throw InvocationError("--repo \(repo): rudder renders local charts only, it does not download from chart repositories") }
        if verify {
            throw InvocationError(FileSystemCheck.isDirectory(chart)
                ? "unpacked charts cannot be verified"
                : "--verify: rudder cannot verify chart signatures (provenance files)")
        }
        var releaseName = name
        if let nameTemplate, arguments.count == 1 {
            do {
                releaseName = try TemplateAction.renderNameTemplate(nameTemplate)
            } catch {
                throw InvocationError("\(error)")
            }
        }
        var action = TemplateAction(chartPath: chart)
        action.postRender = postRender.map { renderer in { try renderer.run($0) } }
        action.release = ReleaseOptions(name: releaseName, namespace: namespace)
        action.release.isUpgrade = isUpgrade
        action.showOnly = showOnly
        action.valueFiles = values
        action.setValues = [.set: set, .setString: setString, .setJSON: setJSON, .setFile: setFile, .setLiteral: setLiteral]
        action.kubeVersion = kubeVersion
        action.apiVersions = apiVersions
        action.skipTests = skipTests
        action.skipSchemaValidation = skipSchemaValidation
        action.disableHooks = noHooks
        action.includeCRDs = includeCRDs
        action.outputDir = outputDir.flatMap { $0.isEmpty ? nil : $0 }
        action.useReleaseName = useReleaseName
        action.debug = debug
        action.chartVersion = chartVersion ?? ""
        action.profile = profile
        return action
    }

    /// `diff`'s and `watch`'s template flags, read with pflag's rules: cobra's notices go to
    /// stderr, `--help` prints `usage` and exits 0; a flag error is thrown.
    static func reading(_ arguments: [String], command: String, usage: String) throws -> TemplateInvocation {
        let flags = try TemplateFlags(arguments)
        for notice in flags.notices { Console.err(notice + "\n") }
        if flags.forwardedBools.contains("help") {
            Console.out(usage)
            exit(0)
        }
        return TemplateInvocation(flags: flags, command: command)
    }

    /// The profile `--compat` names (v4 without the flag).
    static func profile(_ compat: String?) throws(InvocationError) -> HelmProfile {
        guard let compat else { return .v4 }
        guard let profile = HelmProfile.named(compat) else {
            throw InvocationError("invalid argument \"\(compat)\" for \"--compat\" flag: must be v3 (helm v3.17.3) or v4 (helm v4.3.1)")
        }
        return profile
    }
}

/// A command-line mistake found before rendering, in helm's words.
struct InvocationError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
