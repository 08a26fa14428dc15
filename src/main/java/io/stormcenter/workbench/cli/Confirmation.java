package io.stormcenter.workbench.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;

/** Asks a yes/no question on the terminal; only "y" or "yes" is yes, end of input is no. */
final class Confirmation {

    private final BufferedReader in;

    Confirmation(BufferedReader in) {
        this.in = in;
    }

    boolean ask(PrintWriter out, String question) {
        out.print(question + " [y/N] ");
        out.flush();
        try {
            String answer = in.readLine();
            out.println();
            return answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"));
        } catch (IOException e) {
            return false;
        }
    }
}
