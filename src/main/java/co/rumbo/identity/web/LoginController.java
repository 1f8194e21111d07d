package co.rumbo.identity.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The Spanish login page; shows the demo users only in demo mode. */
@Controller
class LoginController {

    private final boolean demo;
    private final String demoPassword;

    LoginController(
            @Value("${rumbo.demo.enabled:false}") boolean demo,
            @Value("${rumbo.demo.password:rumbo-demo}") String demoPassword) {
        this.demo = demo;
        this.demoPassword = demoPassword;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demo", demo);
        if (demo) {
            model.addAttribute("demoPassword", demoPassword);
        }
        return "login";
    }
}
