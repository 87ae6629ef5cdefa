"""The learner's profile page, the download of their data and the deletion of their account."""

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.serializers.json import DjangoJSONEncoder
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView, UpdateView
from django_ratelimit.core import is_ratelimited

from lms.i18n import url_in_language

from . import services
from .forms import DeleteAccountForm, ProfileForm


class ProfileView(LoginRequiredMixin, UpdateView):
    """Edit one's own SME profile; reached from the header and asked for after login."""

    form_class = ProfileForm
    template_name = "accounts/profile.html"

    def get_object(self, queryset=None):
        return self.request.user

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["prompted"] = self.request.GET.get("prompt") == "1"
        context["next_url"] = self._next_url()
        return context

    def form_valid(self, form):
        messages.success(self.request, _("Your profile has been saved."))
        return super().form_valid(form)

    def get_success_url(self):
        url = self._next_url() or self.request.path
        # A new language answers at once in that language (the /ar/ address of the page).
        if self.object.language:
            url = url_in_language(url, self.object.language)
        return url

    def _next_url(self) -> str:
        url = self.request.POST.get("next") or self.request.GET.get("next") or ""
        if url and url_has_allowed_host_and_scheme(
            url, allowed_hosts={self.request.get_host()}, require_https=self.request.is_secure()
        ):
            return url
        return ""


# --- Data rights -----------------------------------------------------------------------------


@method_decorator(never_cache, name="dispatch")
class PersonalDataView(LoginRequiredMixin, TemplateView):
    """Everything held about the signed-in person, readable, with the JSON download."""

    template_name = "accounts/personal_data.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["data"] = services.personal_data(self.request.user)
        services.record_personal_data_export(self.request.user, "html")
        return context


@method_decorator(never_cache, name="dispatch")
class PersonalDataDownloadView(LoginRequiredMixin, View):
    """The same data as one JSON file, for the learner to keep or take elsewhere."""

    def get(self, request):
        data = services.personal_data(request.user)
        services.record_personal_data_export(request.user, "json")
        response = JsonResponse(data, encoder=DjangoJSONEncoder, json_dumps_params={"indent": 2})
        filename = f"go-global-academy-data-{timezone.localdate():%Y-%m-%d}.json"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


@method_decorator(never_cache, name="dispatch")
class DeleteAccountView(LoginRequiredMixin, FormView):
    """The confirm step of deleting one's account; on success the person is signed out."""

    template_name = "accounts/delete_account.html"
    form_class = DeleteAccountForm

    def get_context_data(self, **kwargs):
        from .personal_data import sections

        context = super().get_context_data(**kwargs)
        context["refusal"] = services.deletion_refusal(self.request.user)
        context["sections"] = sections()
        context["personal_data_url"] = reverse("accounts:personal_data")
        return context

    # Password checks per account, so a session left open cannot be used to guess it.
    ATTEMPTS = "5/5m"

    def post(self, request, *args, **kwargs):
        if is_ratelimited(
            request,
            group="accounts:delete_account",
            key="user",
            rate=self.ATTEMPTS,
            increment=True,
        ):
            form = self.get_form()
            form.add_error("password", _("Too many attempts. Wait five minutes, then try again."))
            response = self.form_invalid(form)
            response.status_code = 429
            return response
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        try:
            services.delete_account(self.request.user, password=form.cleaned_data["password"])
        except services.AccountDeletionRefused as refused:
            form.add_error("password", str(refused))
            return self.form_invalid(form)
        logout(self.request)
        return redirect("accounts:deleted")


@method_decorator(never_cache, name="dispatch")
class AccountDeletedView(TemplateView):
    """Where a deleted account lands: signed out, told what was kept."""

    template_name = "accounts/account_deleted.html"
