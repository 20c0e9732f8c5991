#!/usr/bin/env pwsh
# PolicyBuild tasks. Run through the repository's PowerShell local tool:
#   dotnet tool restore && dotnet pwsh build.ps1 <task>
# Tasks:
#   pack   install LibreOffice if missing, build the tool and the sample pack (docx, redline,
#          report, pack, PDF, HTML, manifest) into output/ (default)
#   test   install LibreOffice and chromium if missing, then run every test (TRX in TestResults/)
#   build  compile the solution
#   clean  remove bin/, obj/, output/ and TestResults/
param(
    [ValidateSet('pack', 'test', 'build', 'clean')]
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
    # The tests check redlines with LibreOffice itself and open the HTML in chromium; they never
    # skip either, so install both here.
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
        Invoke-Build
        Remove-Item -Recurse -Force TestResults -ErrorAction SilentlyContinue
        Invoke-Checked 'dotnet' @('test', 'PolicyBuild.slnx', '-c', $Configuration, '--no-build', '--nologo',
            '--logger', 'trx;LogFileName=results.trx', '--logger', 'console;verbosity=normal', '--results-directory', 'TestResults')
    }
    'clean' {
        Get-ChildItem -Recurse -Directory -Include bin, obj | Remove-Item -Recurse -Force
        Remove-Item -Recurse -Force output, TestResults -ErrorAction SilentlyContinue
    }
}
