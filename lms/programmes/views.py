"""The learner's "Join a programme" page: type a code, see the programmes one belongs to."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView

from . import services
from .forms import JoinProgrammeForm


class JoinProgrammeView(LoginRequiredMixin, FormView):
    """GET shows the form and the learner's programmes; POST joins with the typed code."""

    form_class = JoinProgrammeForm
    template_name = "programmes/join.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["memberships"] = services.memberships_of(self.request.user)
        return context

    def form_valid(self, form):
        try:
            result = services.join_with_code(
                self.request.user, form.cleaned_data[services.CODE_FIELD]
            )
        except services.CodeError as error:
            form.add_error(services.CODE_FIELD, error.text)
            return self.form_invalid(form)
        programme = result.membership.programme
        if result.created:
            messages.success(self.request, _("You have joined %(p)s.") % {"p": programme})
        else:
            messages.info(self.request, _("You are already in %(p)s.") % {"p": programme})
        return redirect("programmes:join")
