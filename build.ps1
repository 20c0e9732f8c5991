#!/usr/bin/env pwsh
# PolicyBuild tasks. Run through the repository's PowerShell local tool:
#   dotnet tool restore && dotnet pwsh build.ps1 <task>
# Tasks:
#   pack   install LibreOffice if missing, build the tool and the sample pack (docx, redline,
#          report, pack, PDF, HTML, manifest) into output/ (default)
#   test   install LibreOffice and chromium if missing, then run every test (TRX in TestResults/)
#   build  compile the solution
#   install  pack the CLI as a .NET tool (Native AOT on linux-x64, framework-dependent elsewhere)
#          and install it as the global command `policybuild` (updating an installed one);
#          ~/.dotnet/tools must be on PATH
#   clean  remove bin/, obj/, output/ and TestResults/
param(
    [ValidateSet('pack', 'test', 'build', 'install', 'clean')]
    [string] $Task = 'pack',
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

function Invoke-Checked([string] $Command, [string[]] $Arguments) {
    & $Command @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Command $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

function Install-SystemDependencies {
    # The tests check redlines with LibreOffice itself and open the HTML in chromium (axe-core runs
    # there through node and playwright-core); they never skip either, so install all of it here.
    if ($IsLinux) {
        Invoke-Checked 'bash' @('scripts/install-deps.sh', '--chromium')
    } elseif (-not (Get-Command soffice -ErrorAction SilentlyContinue)) {
        throw 'LibreOffice (soffice) and its Python UNO bridge are required: install LibreOffice, then rerun.'
    }
}

function Invoke-Build {
    Invoke-Checked 'dotnet' @('build', 'PolicyBuild.slnx', '-c', $Configuration, '--nologo', '-v', 'quiet')
}

switch ($Task) {
    'build' { Invoke-Build }
    'pack' {
        # The pack includes PDFs, which LibreOffice renders: install it first when missing.
        Install-SystemDependencies
        Invoke-Build
        Invoke-Checked 'dotnet' @("src/PolicyBuild/bin/$Configuration/net10.0/policybuild.dll", 'build', '--pdf', '--html', '--out', 'output')
    }
    'test' {
        Install-SystemDependencies
        # axe-core and playwright-core, as package-lock.json pins them (never a downloaded browser).
        Invoke-Checked 'npm' @('ci', '--prefix', 'tests/axe', '--no-audit', '--no-fund')
        Invoke-Build
        Remove-Item -Recurse -Force TestResults -ErrorAction SilentlyContinue
        Invoke-Checked 'dotnet' @('test', 'PolicyBuild.slnx', '-c', $Configuration, '--no-build', '--nologo',
            '--logger', 'trx;LogFileName=results.trx', '--logger', 'console;verbosity=normal', '--results-directory', 'TestResults')
    }
    'install' {
        $packages = Join-Path $PSScriptRoot 'artifacts/package'
        Remove-Item -Recurse -Force $packages -ErrorAction SilentlyContinue
        $project = 'src/PolicyBuild/PolicyBuild.csproj'
        # The tool package points at one package per runtime: Native AOT for linux-x64 (started in
        # milliseconds, no JIT) and a framework-dependent one ("any") for every other platform.
        Invoke-Checked 'dotnet' @('pack', $project, '-c', $Configuration, '--nologo', '-v', 'quiet', '-o', $packages)
        Invoke-Checked 'dotnet' @('pack', $project, '-c', $Configuration, '-r', 'any', '--nologo', '-v', 'quiet', '-o', $packages)
        if ($IsLinux -and [System.Runtime.InteropServices.RuntimeInformation]::OSArchitecture -eq 'X64') {
            # Native AOT links with the system's C toolchain: install it when missing.
            Invoke-Checked 'bash' @('scripts/install-aot-toolchain.sh')
            Invoke-Checked 'dotnet' @('pack', $project, '-c', $Configuration, '-r', 'linux-x64', '--nologo', '-v', 'quiet', '-o', $packages)
        }
        # A rebuilt package keeps its version, and NuGet would install its cached copy of that version:
        # remove the installed tool and the cached packages (pointer and per-runtime), then install the one just packed.
        if ((& dotnet tool list --global) -match '^policybuild\s') {
            Invoke-Checked 'dotnet' @('tool', 'uninstall', '--global', 'PolicyBuild')
        }
        $cache = (& dotnet nuget locals global-packages --list) -replace '^global-packages:\s*', ''
        Remove-Item -Recurse -Force (Join-Path $cache.Trim() 'policybuild*') -ErrorAction SilentlyContinue
        Invoke-Checked 'dotnet' @('tool', 'install', '--global', 'PolicyBuild', '--add-source', $packages, '--ignore-failed-sources')
        $tools = Join-Path $HOME '.dotnet/tools'
        if (-not (($env:PATH -split [IO.Path]::PathSeparator) -contains $tools)) {
            Write-Host "add $tools to PATH to run policybuild"
        }
    }
    'clean' {
        Get-ChildItem -Recurse -Directory -Include bin, obj | Remove-Item -Recurse -Force
        Remove-Item -Recurse -Force output, TestResults, artifacts -ErrorAction SilentlyContinue
    }
}
