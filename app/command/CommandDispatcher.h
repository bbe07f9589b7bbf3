#pragma once

namespace gapscope {

class CommandLine;

// Runs the commands that print instead of opening a window: list and query, import, export
// (drawn offscreen with the explorer's own widgets), --help and --version.
class CommandDispatcher
{
public:
    explicit CommandDispatcher(const CommandLine &commandLine);

    // Whether the command line is one of those commands.
    bool handles() const;
    // Runs it in an application of its own; returns the exit code.
    int run(int &argc, char **argv) const;

private:
    int runExport(int &argc, char **argv) const;
    int runWithoutDisplay(int &argc, char **argv) const;

    const CommandLine &m_commandLine;
};

} // namespace gapscope
